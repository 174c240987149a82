package com.baokao.score;

import com.baokao.i18n.BaokaoException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The result file as centres send it: columns by name in either language, a pass flag or a pass mark. */
class ScoreFileFormatTest {

    private static final ScoreFileFormat.Columns CHINESE = ScoreFileFormat.header("准考证号,身份证号,科目代码,成绩,是否合格");

    @Test
    void columnsAreFoundByNameInAnyOrderAndEitherLanguage() {
        assertThat(CHINESE).isEqualTo(new ScoreFileFormat.Columns(0, 1, 2, 3, 4, -1));
        assertThat(ScoreFileFormat.header("\uFEFFScore, Subject Code ,ID_Number,Ticket Number,Pass Mark"))
                .isEqualTo(new ScoreFileFormat.Columns(3, 2, 1, 0, -1, 4));
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsRefusedNamingThem() {
        assertThatThrownBy(() -> ScoreFileFormat.header("准考证号,成绩"))
                .isInstanceOf(BaokaoException.class)
                .satisfies(e -> assertThat(((BaokaoException) e).getMessageArgs()).containsExactly("ID_NUMBER, SUBJECT, PASSED/PASS_MARK"));
        assertThatThrownBy(() -> ScoreFileFormat.header("ticket,id,subject,score")).isInstanceOf(BaokaoException.class);
    }

    @Test
    void aLineIsReadWithItsPassFlag() throws Exception {
        ScoreLine line = ScoreFileFormat.parse(2, "2026110100001, 11010519900307123x ,1,78.5,合格", CHINESE);
        assertThat(line).isEqualTo(new ScoreLine(2, "2026110100001", "11010519900307123X", "1",
                new BigDecimal("78.50"), true, null));
        assertThat(ScoreFileFormat.parse(3, "2026110100001,110105199003071239,2,52,不合格", CHINESE).passed()).isFalse();
    }

    @Test
    void withoutAFlagThePassMarkDecides() throws Exception {
        ScoreFileFormat.Columns columns = ScoreFileFormat.header("准考证号,身份证号,科目代码,成绩,合格线");
        assertThat(ScoreFileFormat.parse(2, "T1,110105199003071239,1,60,60", columns).passed()).isTrue();
        assertThat(ScoreFileFormat.parse(2, "T1,110105199003071239,1,59.99,60", columns).passed()).isFalse();
        assertThat(ScoreFileFormat.parse(2, "T1,110105199003071239,1,59.99,60", columns).passMark())
                .isEqualByComparingTo("60");
    }

    @Test
    void theFlagDecidesWhenBothAreGiven() throws Exception {
        ScoreFileFormat.Columns both = ScoreFileFormat.header("ticket,id,subject,score,passed,pass mark");
        assertThat(ScoreFileFormat.parse(2, "T1,110105199003071239,1,59,Y,60", both).passed()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'';score.line.empty",
            "T1,110105199003071239,1,七十,合格;score.line.score",
            "T1,110105199003071239,1,-1,合格;score.line.score",
            "T1,110105199003071239,1,70.123,合格;score.line.score",
            "T1,110105199003071239,1,10000,合格;score.line.score",
            "T1,110105199003071239,1,70,maybe;score.line.passed",
            "T1,110105199003071239,1,70,;score.line.noPass",
            "T 1,110105199003071239,1,70,合格;score.line.ticket",
            ",110105199003071239,1,70,合格;score.line.ticket",
            "T1,,1,70,合格;score.line.idNumber",
            "T1,110105199003071239,,70,合格;score.line.subject",
            "T1,110105199003071239,1,\"70,合格;score.line.csv"})
    void anUnreadableLineSaysWhy(String line, String reason) {
        assertThatThrownBy(() -> ScoreFileFormat.parse(7, line, CHINESE))
                .isInstanceOfSatisfying(UnreadableScoreLine.class, e -> {
                    assertThat(e.lineNo()).isEqualTo(7);
                    assertThat(e.reason()).startsWith(reason);
                });
    }
}
