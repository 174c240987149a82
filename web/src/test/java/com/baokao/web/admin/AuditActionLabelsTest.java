package com.baokao.web.admin;

import com.baokao.application.ApplicationEvent;
import com.baokao.application.PostExamReview;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page shows each action in the page's language (issue 22: raw English codes): every action code the
 * application records has a label in both languages. The codes are read from the sources' {@code .record(...)} calls;
 * a code built from an enum is expanded over the enum's values.
 */
class AuditActionLabelsTest {

    private static final Pattern RECORD = Pattern.compile("\\.record\\(([^;]*?),\\s*\"[A-Z]", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9_.-]*)\"");

    static Set<String> recordedActions() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String module : List.of("../ejb/src/main/java", "../batch/src/main/java", "src/main/java")) {
            try (Stream<Path> files = Files.walk(Path.of(module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher call = RECORD.matcher(Files.readString(file));
                    while (call.find()) {
                        Matcher literal = LITERAL.matcher(call.group(1));
                        while (literal.find()) {
                            codes.addAll(expand(literal.group(1)));
                        }
                    }
                }
            }
        }
        return codes;
    }

    private static List<String> expand(String code) {
        if (code.equals("application.")) {
            return Stream.of(ApplicationEvent.values()).map(e -> code + e.name().toLowerCase(Locale.ROOT)).toList();
        }
        if (code.equals("application.postExam.")) {
            return Stream.of(PostExamReview.PASSED, PostExamReview.FAILED).map(e -> code + e.name().toLowerCase(Locale.ROOT)).toList();
        }
        return List.of(code);
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = AuditActionLabelsTest.class.getResourceAsStream("/com/baokao/web/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void everyRecordedActionHasALabelInBothLanguages() throws IOException {
        Set<String> codes = recordedActions();
        assertThat(codes).contains("account.corrected", "application.resubmit", "application.postExam.failed", "session.published");
        Properties chinese = load("labels.properties");
        Properties english = load("labels_en.properties");
        assertThat(codes.stream().filter(c -> !chinese.containsKey("audit.action." + c)).toList()).as("no Chinese label").isEmpty();
        assertThat(codes.stream().filter(c -> !english.containsKey("audit.action." + c)).toList()).as("no English label").isEmpty();
    }

    @Test
    void theTableShortensLongDetailsAndKeepsShortOnes() {
        assertThat(AuditView.shortened("13800138000 -> 13900139000")).isEqualTo("13800138000 -> 13900139000");
        String longer = "x".repeat(AuditView.SHORT + 5);
        assertThat(AuditView.shortened(longer)).hasSize(AuditView.SHORT + 1).endsWith("…");
        assertThat(AuditView.shortened(null)).isEmpty();
    }
}
