package com.baokao.catalogue;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExamDayRulesTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n \r\n\t\n"})
    void nothingWrittenMeansTheStandardRules(String text) {
        assertThat(ExamDayRules.normalise(text)).isNull();
    }

    @Test
    void linesAreTrimmedAndBlankLinesDropped() {
        assertThat(ExamDayRules.normalise("  请携带准考证和身份证原件。 \r\n\r\n\t开考 30 分钟后不得入场。\n\n"))
                .isEqualTo("请携带准考证和身份证原件。\n开考 30 分钟后不得入场。");
    }

    @Test
    void atMostTwentyParagraphs() {
        String twenty = "第一条\n".repeat(20);
        assertThat(ExamDayRules.normalise(twenty).lines().count()).isEqualTo(20);
        // blank lines do not count
        assertThat(ExamDayRules.normalise(twenty.replace("\n", "\n\n"))).isEqualTo(ExamDayRules.normalise(twenty));
        assertThatThrownBy(() -> ExamDayRules.normalise(twenty + "第二十一条"))
                .isInstanceOfSatisfying(BaokaoException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("exam.rules.too.many.paragraphs");
                    assertThat(e.getField()).isEqualTo("examDayRules");
                    assertThat(e.getMessageArgs()).containsExactly(20, 21);
                });
    }

    @Test
    void atMostFourThousandCharactersAsStored() {
        String full = "须".repeat(4000);
        assertThat(ExamDayRules.normalise("  " + full + "  \n\n")).isEqualTo(full);
        assertThatThrownBy(() -> ExamDayRules.normalise(full + "知"))
                .isInstanceOfSatisfying(BaokaoException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("exam.rules.too.long");
                    assertThat(e.getMessageArgs()).containsExactly(4000, 4001);
                });
        // two paragraphs of 2000 take 4001 characters with the line break between them
        assertThatThrownBy(() -> ExamDayRules.normalise("须".repeat(2000) + "\n" + "知".repeat(2000)))
                .isInstanceOf(BaokaoException.class);
    }
}
