package com.baokao.platform;

import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0.00, ¥0.00",
            "1, 0.01, ¥0.01",
            "9, 0.09, ¥0.09",
            "10, 0.10, ¥0.10",
            "99, 0.99, ¥0.99",
            "100, 1.00, ¥1.00",
            "17500, 175.00, ¥175.00",
            "17550, 175.50, ¥175.50",
            "123456, 1234.56, ¥1234.56",
            "100000000, 1000000.00, ¥1000000.00",
            "9223372036854775807, 92233720368547758.07, ¥92233720368547758.07"})
    void formatsFenAsYuanWithTwoDecimals(long fen, String yuan, String shown) {
        assertThat(Money.ofFen(fen).yuan()).isEqualTo(yuan);
        assertThat(Money.ofFen(fen)).hasToString(shown);
    }

    @Test
    void formattingDoesNotDependOnTheServersLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // where String.format("%.2f") would write 175,00
            assertThat(Money.ofFen(17500)).hasToString("¥175.00");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|0",
            "0.01|1",
            "0.99|99",
            "0.1|10",
            "175|17500",
            "175.5|17550",
            "175.50|17550",
            "¥175.00|17500",
            "¥ 175|17500",
            "175 元|17500",
            "175元|17500",
            "'  175.00  '|17500",
            "0175|17500",
            "1,750.25|175025",
            "１７５．５０|17550",
            "￥１７５|17500",
            "1000000|100000000",
            "1000000.00|100000000"})
    void parsesWhatAnAdministratorTypes(String typed, long fen) {
        assertThat(Money.parse("fee", typed)).isEqualTo(Money.ofFen(fen));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-1|money.negative",
            "-0.01|money.negative",
            "¥-5|money.negative",
            "-¥5|money.negative",
            "－5|money.negative",
            "0.001|money.decimals",
            "175.505|money.decimals",
            "175.500|money.decimals",
            "abc|money.format",
            "12a|money.format",
            "1.2.3|money.format",
            "175.|money.format",
            ".5|money.format",
            "1,75|money.format",
            "1 750|money.format",
            "1e3|money.format",
            "NaN|money.format",
            "¥|field.required",
            "元|field.required",
            "1000000.01|money.tooLarge",
            "1000001|money.tooLarge",
            "99999999999999999999999|money.tooLarge"})
    void refusesWhatIsNotAnAmountWithoutRounding(String typed, String key) {
        BaokaoException e = catchThrowableOfType(BaokaoException.class, () -> Money.parse("fee", typed));

        assertThat(e).as(typed).isNotNull();
        assertThat(e.getMessageKey()).as(typed).isEqualTo(key);
        assertThat(e.getField()).isEqualTo("fee");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankIsAMissingAmount(String typed) {
        assertThat(catchThrowableOfType(BaokaoException.class, () -> Money.parse("fee", typed)).getMessageKey())
                .isEqualTo("field.required");
    }

    @Test
    void theRefusalsReadInBothLanguages() {
        BaokaoException tooLarge = catchThrowableOfType(BaokaoException.class, () -> Money.parse("fee", "2000000"));

        assertThat(UserMessages.format(Locale.SIMPLIFIED_CHINESE, tooLarge)).isEqualTo("金额不能超过 ¥1000000.00。");
        assertThat(UserMessages.format(Locale.ENGLISH, tooLarge)).isEqualTo("An amount cannot be more than ¥1000000.00.");
        BaokaoException decimals = catchThrowableOfType(BaokaoException.class, () -> Money.parse("fee", "1.234"));
        assertThat(UserMessages.format(Locale.SIMPLIFIED_CHINESE, decimals)).contains("两位小数");
        assertThat(UserMessages.format(Locale.ENGLISH, decimals)).contains("two decimals");
    }

    @Test
    void anAmountIsNeverNegative() {
        assertThatThrownBy(() -> Money.ofFen(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsAndComparesInFen() {
        assertThat(Money.ofFen(17500).plus(Money.ofFen(17550))).isEqualTo(Money.ofFen(35050));
        assertThat(Money.ofFen(99)).isLessThan(Money.ofFen(100));
        assertThat(Money.ZERO.fen()).isZero();
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    }
}
