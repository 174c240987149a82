package com.baokao.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key of every bundle (the page labels of this module and the user messages of {@code ejb}), in Chinese and in
 * English, rendered the way the pages and {@code UserMessages} render them: through {@link MessageFormat} with sample
 * arguments (issue 22: "Photo fits this exams rule" lost its apostrophe to MessageFormat's quoting). Fails on a lost
 * apostrophe, an unreplaced placeholder, and a key present in one language only.
 * <p>
 * A label is rendered plainly by {@code #{l[...]}} but through MessageFormat by {@code h:outputFormat}, and a message
 * both ways too; one spelling must read right either way, so English texts write an apostrophe as ’ (U+2019), never
 * as an ASCII quote, which MessageFormat would swallow (or, doubled, a plain rendering would show twice).
 */
class AllBundlesRenderTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,\\s*(\\w+))?[^}]*}");
    /** Labels shown literally, never through MessageFormat: their braces are text (the pages hold them to it). */
    private static final java.util.Set<String> LITERAL_LABELS = java.util.Set.of("admin.certificates.pattern.hint");
    private static final List<String> BUNDLES = List.of("/com/baokao/web/labels", "/com/baokao/i18n/messages");

    static Properties load(String path) throws IOException {
        try (InputStream in = AllBundlesRenderTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties properties = new Properties();
                properties.load(reader);
                return properties;
            }
        }
    }

    /** Sample arguments: a number where the pattern formats a number or a choice, a date for dates, else a marker. */
    static Object[] sampleArguments(String pattern) {
        Object[] args = new Object[10];
        for (int i = 0; i < args.length; i++) {
            args[i] = "ARG" + i;
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String type = m.group(2) == null ? "" : m.group(2);
            if (type.equals("number") || type.equals("choice")) {
                args[index] = 7;
            } else if (type.equals("date") || type.equals("time")) {
                args[index] = new Date(0);
            }
        }
        return args;
    }

    /** What is wrong with one rendered text, or nothing. */
    static List<String> problems(String key, String pattern, Locale locale) {
        List<String> found = new ArrayList<>();
        String rendered;
        try {
            rendered = new MessageFormat(pattern, locale).format(sampleArguments(pattern));
        } catch (IllegalArgumentException e) {
            found.add(key + ": not a MessageFormat pattern (" + e.getMessage() + ")");
            return found;
        }
        if (rendered.contains("{") || rendered.contains("}")) {
            found.add(key + ": unreplaced placeholder in \"" + rendered + "\"");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            String type = m.group(2) == null ? "" : m.group(2);
            if (type.isEmpty() && !rendered.contains("ARG" + m.group(1))) {
                found.add(key + ": argument {" + m.group(1) + "} missing from \"" + rendered + "\"");
            }
        }
        if (pattern.indexOf('\'') >= 0) {
            long meant = pattern.replace("''", "'").chars().filter(c -> c == '\'').count();
            long shown = rendered.chars().filter(c -> c == '\'').count();
            found.add(key + (shown < meant ? ": apostrophe lost in \"" : ": ASCII apostrophe (write ’) in \"") + rendered + "\"");
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/com/baokao/web/labels", "/com/baokao/i18n/messages"})
    void everyKeyRendersInBothLanguages(String base) throws IOException {
        Properties chinese = load(base + ".properties");
        Properties english = load(base + "_en.properties");
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(chinese.stringPropertyNames())) {
            if (!english.containsKey(key)) {
                found.add(key + ": Chinese only");
            }
            if (LITERAL_LABELS.contains(key)) {
                continue;
            }
            found.addAll(problems(key + " (zh)", chinese.getProperty(key), Locale.SIMPLIFIED_CHINESE));
        }
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (!chinese.containsKey(key)) {
                found.add(key + ": English only");
            }
            if (LITERAL_LABELS.contains(key)) {
                if (english.getProperty(key).indexOf('\'') >= 0) {
                    found.add(key + " (en): ASCII apostrophe (write ’)");
                }
                continue;
            }
            found.addAll(problems(key + " (en)", english.getProperty(key), Locale.ENGLISH));
        }
        assertThat(found).as(base).isEmpty();
    }

    @Test
    void literalLabelsAreNeverFormatted() throws IOException {
        assertThat(BUNDLES).allSatisfy(base -> assertThat(AllBundlesRenderTest.class.getResource(base + ".properties")).isNotNull());
        java.nio.file.Path pages = java.nio.file.Path.of("src/main/webapp");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(pages)) {
            for (java.nio.file.Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String text = java.nio.file.Files.readString(page);
                for (String key : LITERAL_LABELS) {
                    assertThat(text).as(page + " formats " + key).doesNotContain("outputFormat value=\"#{l['" + key + "']}\"");
                }
            }
        }
    }

    @Test
    void catchesWhatIssue22Found() {
        assertThat(problems("a", "Photo fits this exam's rule", Locale.ENGLISH))
                .containsExactly("a: apostrophe lost in \"Photo fits this exams rule\"");
        assertThat(problems("b", "Enter the candidate''s ID", Locale.ENGLISH))
                .containsExactly("b: ASCII apostrophe (write ’) in \"Enter the candidate's ID\"");
        assertThat(problems("c", "It''s {0} of {1}", Locale.ENGLISH)).hasSize(1);
        assertThat(problems("d", "The statement's day {0}", Locale.ENGLISH)).anyMatch(p -> p.contains("unreplaced placeholder"));
        assertThat(problems("e", "{0} of {1,number} at {2,date}", Locale.ENGLISH)).isEmpty();
        assertThat(problems("f", "The candidate’s {0}", Locale.ENGLISH)).isEmpty();
    }
}
