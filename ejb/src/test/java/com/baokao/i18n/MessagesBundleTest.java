package com.baokao.i18n;

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
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class MessagesBundleTest {

    private static final String BASE = "/com/baokao/i18n/messages";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** Han characters, CJK punctuation and full-width forms: nothing of these belongs in an English sentence. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]");
    /** What is said in parentheses, full-width or ASCII. */
    private static final Pattern PARENTHESES = Pattern.compile("[（(]([^（()）]*)[）)]");
    /** An ASCII word of three letters or more: an English gloss when it stands in parentheses in a Chinese text. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])");
    /** Names that are written the same in both languages; not glosses. */
    private static final Set<String> NAMES = Set.of("PDF", "JPEG");

    private static Properties load(String suffix) throws IOException {
        String path = BASE + suffix + ".properties";
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties properties = new Properties();
                properties.load(reader);
                return properties;
            }
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameNonEmptyKeys() throws IOException {
        Properties chinese = load("");
        Properties english = load("_en");

        assertThat(chinese).isNotEmpty();
        assertThat(english.stringPropertyNames()).as("keys of messages_en vs messages")
                .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        chinese.stringPropertyNames().forEach(key -> {
            assertThat(chinese.getProperty(key)).as("messages.properties " + key).isNotBlank();
            assertThat(english.getProperty(key)).as("messages_en.properties " + key).isNotBlank();
        });
    }

    @Test
    void chineseBundleIsChineseAndEnglishBundleIsNot() throws IOException {
        Properties chinese = load("");
        Properties english = load("_en");

        chinese.stringPropertyNames().forEach(key -> {
            assertThat(HAN.matcher(chinese.getProperty(key)).find()).as("Chinese text for " + key).isTrue();
            assertThat(HAN.matcher(english.getProperty(key)).find()).as("no Chinese in English " + key).isFalse();
        });
    }

    @Test
    void eachBundleSpeaksOnlyItsOwnLanguage() throws IOException {
        // "照片背景须为白色（white）" or "must be white (白色)" reads as a bilingual leftover: one language per bundle
        Properties chinese = load("");
        Properties english = load("_en");

        assertThat(englishGlosses(chinese)).as("English words in parentheses in messages.properties").isEmpty();
        assertThat(chineseIn(english)).as("Chinese in messages_en.properties").isEmpty();
    }

    @Test
    void theLanguageCheckCatchesBilingualTexts() {
        Properties chinese = new Properties();
        chinese.setProperty("a", "照片背景须为白色、蓝色（white or blue）。");
        chinese.setProperty("b", "下载报名表(PDF)，大小不超过 45 KB（约 0.04 MB）。");
        chinese.setProperty("c", "请带上版本(If-Match header)。");
        Properties english = new Properties();
        english.setProperty("a", "The background must be white (白色).");
        english.setProperty("b", "Fields: name，ID number.");
        english.setProperty("c", "Download the form (PDF).");

        assertThat(englishGlosses(chinese)).containsExactly("a: white", "c: Match");
        assertThat(chineseIn(english)).containsExactly("a: 白", "b: ，");
    }

    /** "key: word" for every English word of three letters or more inside parentheses, names aside. */
    static List<String> englishGlosses(Properties chinese) {
        List<String> found = new ArrayList<>();
        new TreeSet<>(chinese.stringPropertyNames()).forEach(key -> {
            Matcher inParentheses = PARENTHESES.matcher(chinese.getProperty(key));
            while (inParentheses.find()) {
                Matcher word = ENGLISH_WORD.matcher(inParentheses.group(1));
                while (word.find()) {
                    if (!NAMES.contains(word.group())) {
                        found.add(key + ": " + word.group());
                        break;
                    }
                }
            }
        });
        return found;
    }

    /** "key: character" for the first Chinese character or CJK punctuation of every English text that has one. */
    static List<String> chineseIn(Properties english) {
        List<String> found = new ArrayList<>();
        new TreeSet<>(english.stringPropertyNames()).forEach(key -> {
            Matcher cjk = CJK.matcher(english.getProperty(key));
            if (cjk.find()) {
                found.add(key + ": " + cjk.group());
            }
        });
        return found;
    }

    @Test
    void zhBundleAddsNoKeysOfItsOwn() throws IOException {
        // messages_zh.properties only exists so that zh requests never fall back to the JVM default locale
        assertThat(load("").stringPropertyNames()).containsAll(load("_zh").stringPropertyNames());
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Properties chinese = load("");
        Properties english = load("_en");

        chinese.stringPropertyNames().forEach(key -> assertThat(placeholders(english.getProperty(key)))
                .as("placeholders of " + key).isEqualTo(placeholders(chinese.getProperty(key))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en"})
    void everyPatternFormatsWithThreeArguments(String suffix) throws IOException {
        Properties bundle = load(suffix);
        Locale locale = suffix.isEmpty() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Object[] args = {"ARG0", "ARG1", "ARG2"};

        bundle.stringPropertyNames().forEach(key -> {
            String pattern = bundle.getProperty(key);
            assertThatCode(() -> new MessageFormat(pattern, locale).format(args)).as(key).doesNotThrowAnyException();
            String formatted = new MessageFormat(pattern, locale).format(args);
            // an unescaped single quote would silently swallow the rest of the pattern, placeholders included
            assertThat(formatted).as(key + " fully substituted").doesNotContain("{", "}");
            placeholders(pattern).forEach(index -> assertThat(formatted).as(key).contains("ARG" + index));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en"})
    void messagesWithoutArgumentsAreUnescapedLikeFormattedOnes(String suffix) throws IOException {
        // UserMessages runs every pattern through MessageFormat, with or without arguments, so '' is one quote everywhere
        Properties bundle = load(suffix);
        Locale locale = suffix.isEmpty() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;

        bundle.stringPropertyNames().forEach(key -> {
            String pattern = bundle.getProperty(key);
            assertThat(UserMessages.format(locale, key)).as(key)
                    .isEqualTo(new MessageFormat(pattern, locale).format(new Object[0]));
        });
    }

    @Test
    void chineseMessageWithArgument() {
        String message = UserMessages.format(Locale.SIMPLIFIED_CHINESE, "id.length", 17);

        assertThat(message).contains("17");
        assertThat(HAN.matcher(message).find()).isTrue();
    }

    @Test
    void englishMessageWithArgument() {
        String message = UserMessages.format(Locale.ENGLISH, "id.length", 17);

        assertThat(message).isEqualTo("A resident ID number has 18 characters; you entered 17.");
        assertThat(HAN.matcher(message).find()).isFalse();
    }

    @Test
    void nullLocaleMeansChinese() {
        assertThat(UserMessages.format(null, "password.mix")).isEqualTo("密码必须同时包含字母和数字。");
    }

    @Test
    void unknownKeyIsReturnedAsIs() {
        assertThat(UserMessages.format(Locale.ENGLISH, "no.such.key", 1)).isEqualTo("no.such.key");
    }

    @Test
    void formatsABaokaoException() {
        BaokaoException e = BaokaoException.at("password", "password.length", 8, 64);

        assertThat(UserMessages.format(Locale.ENGLISH, e)).isEqualTo("A password has 8 to 64 characters.");
        assertThat(UserMessages.format(Locale.SIMPLIFIED_CHINESE, e)).isEqualTo("密码长度应为 8 到 64 位。");
    }

    @Test
    void chineseRequestStaysChineseWhenTheServerDefaultIsEnglish() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle.clearCache(UserMessages.class.getClassLoader()); // no bundle looked up under the old default


            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.TRADITIONAL_CHINESE}) {
                String message = UserMessages.format(locale, "id.length", 17);
                assertThat(message).as(locale.toString()).contains("17");
                assertThat(HAN.matcher(message).find()).as(locale + " is Chinese: " + message).isTrue();
            }
            assertThat(UserMessages.format(Locale.SIMPLIFIED_CHINESE, "password.mix")).isEqualTo("密码必须同时包含字母和数字。");
        } finally {
            Locale.setDefault(saved);
            ResourceBundle.clearCache(UserMessages.class.getClassLoader());
        }
    }
}
