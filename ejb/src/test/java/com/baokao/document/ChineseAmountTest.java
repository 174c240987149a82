package com.baokao.document;

import com.baokao.platform.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAmountTest {

    @ParameterizedTest
    @CsvSource({
            "0, 零元整",
            "1, 壹分",
            "99, 玖角玖分",
            "5, 伍分",
            "50, 伍角整",
            "17500, 壹佰柒拾伍元整",
            "35000, 叁佰伍拾元整",
            "35050, 叁佰伍拾元伍角整",
            "100005, 壹仟元零伍分",
            "100050, 壹仟元伍角整",
            "1000, 壹拾元整",
            "100100, 壹仟零壹元整",
            "1005000, 壹万零伍拾元整",
            "10000000, 壹拾万元整",
            "100000000, 壹佰万元整",
            "1234567, 壹万贰仟叁佰肆拾伍元陆角柒分",
            "10000000000, 壹亿元整",
            "10001000000, 壹亿零壹万元整",
            "10000000001, 壹亿元零壹分"})
    void capitals(long fen, String expected) {
        assertThat(ChineseAmount.of(Money.ofFen(fen))).isEqualTo(expected);
    }
}
