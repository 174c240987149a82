package com.baokao.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The page labels speak one language per bundle, as the messages do (MessagesBundleTest in the ejb module). */
class LabelsBundleTest {

    private static final String BASE = "/com/baokao/web/labels";
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]");
    private static final Pattern PARENTHESES = Pattern.compile("[（(]([^（()）]*)[）)]");
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])");
    /** Names that are written the same in both languages; not glosses. */
    private static final Set<String> NAMES = Set.of("PDF", "JPEG");
    /** The language switch names the other language in that language's own script, on purpose. */
    private static final Set<String> ENGLISH_KEYS_IN_CHINESE = Set.of("nav.language");

    private static Properties load(String suffix) throws IOException {
        String path = BASE + suffix + ".properties";
        try (InputStream in = LabelsBundleTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties properties = new Properties();
                properties.load(reader);
                return properties;
            }
        }
    }

    @Test
    void chineseLabelsHaveNoEnglishInParentheses() throws IOException {
        Properties chinese = load("");
        List<String> found = new ArrayList<>();
        new TreeSet<>(chinese.stringPropertyNames()).forEach(key -> {
            Matcher inParentheses = PARENTHESES.matcher(chinese.getProperty(key));
            while (inParentheses.find()) {
                Matcher word = ENGLISH_WORD.matcher(inParentheses.group(1));
                while (word.find()) {
                    if (!NAMES.contains(word.group())) {
                        found.add(key + ": " + word.group());
                    }
                }
            }
        });

        assertThat(found).as("English words in parentheses in labels.properties").isEmpty();
    }

    @Test
    void englishLabelsHaveNoChinese() throws IOException {
        Properties english = load("_en");
        List<String> found = new ArrayList<>();
        new TreeSet<>(english.stringPropertyNames()).forEach(key -> {
            if (!ENGLISH_KEYS_IN_CHINESE.contains(key) && CJK.matcher(english.getProperty(key)).find()) {
                found.add(key + ": " + english.getProperty(key));
            }
        });

        assertThat(found).as("Chinese in labels_en.properties").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameLabels() throws IOException {
        assertThat(load("_en").stringPropertyNames()).as("keys of labels_en vs labels")
                .containsExactlyInAnyOrderElementsOf(load("").stringPropertyNames());
    }
}
