package com.baokao.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreeTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            right-to-left override            | 重庆\u202E市卫生局    | 重庆市卫生局
            left-to-right embedding and pop   | A\u202AB\u202CC      | ABC
            isolates                          | \u2066x\u2069y\u2068z | xyz
            zero-width space                  | 北\u200B京           | 北京
            zero-width joiner and non-joiner  | a\u200Cb\u200Dc      | abc
            byte-order mark and word joiner   | \uFEFFab\u2060c      | abc
            direction marks                   | x\u200Ey\u200Fz\u061C | xyz
            soft hyphen                       | in\u00ADvisible      | invisible
            control characters                | a\u0000b\u0007c\u001Bd | abcd
            surrounding blanks                | '  中心  '             | 中心
            nothing to clean                  | 国家卫生健康委人才交流服务中心 | 国家卫生健康委人才交流服务中心
            """)
    void invisibleAndControlCharactersAreRemoved(String what, String raw, String cleaned) {
        assertThat(FreeText.clean(raw)).isEqualTo(cleaned);
    }

    @Test
    void lineBreaksStayOnlyWhereAFieldHasSeveralLines() {
        assertThat(FreeText.clean("第一行\r\n第二行\t完", true)).isEqualTo("第一行\n第二行\t完");
        assertThat(FreeText.clean("第一行\r\n第二行", false)).isEqualTo("第一行第二行");
    }

    @Test
    void aTooLongFieldIsRefusedWithItsLimitNeverCut() {
        String exactly = "字".repeat(200);
        assertThat(FreeText.field("workUnit", exactly, 200, true)).isEqualTo(exactly);
        assertThatThrownBy(() -> FreeText.field("workUnit", exactly + "多", 200, true))
                .isInstanceOfSatisfying(BaokaoException.class, e -> {
                    assertThat(e.getField()).isEqualTo("workUnit");
                    assertThat(e.getMessageKey()).isEqualTo("field.tooLong");
                    assertThat(e.getMessageArgs()).containsExactly("200");
                });
        // counted as a person counts: a character outside the basic plane is one character, not two
        String supplementary = "\uD842\uDFB7".repeat(200);
        assertThat(FreeText.field("workUnit", supplementary, 200, true)).isEqualTo(supplementary);
        // invisible characters do not count towards the limit, they are removed first
        assertThat(FreeText.field("workUnit", exactly + "\u200B\u202E", 200, true)).isEqualTo(exactly);
    }

    @Test
    void emptyIsRefusedWhenRequiredAndNullWhenOptional() {
        assertThatThrownBy(() -> FreeText.field("major", " \u200B ", 100, true))
                .isInstanceOfSatisfying(BaokaoException.class, e -> assertThat(e.getMessageKey()).isEqualTo("field.required"));
        assertThat(FreeText.field("major", "\u202E", 100, false)).isNull();
        assertThat(FreeText.field("major", null, 100, false)).isNull();
    }
}
