package com.baokao.certificate;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CertificateNumberFormatTest {

    private static String refused(String pattern) {
        return catchThrowableOfType(BaokaoException.class, () -> CertificateNumberFormat.of(pattern)).getMessageKey();
    }

    @Test
    void theDefaultNumbersBySessionYearAndSerial() {
        CertificateNumberFormat format = CertificateNumberFormat.of(CertificateNumberFormat.DEFAULT);
        assertThat(format.number("HM2026A", 2026, 1)).isEqualTo("HM2026A-2026-000001");
        assertThat(format.number("HM2026A", 2027, 123456)).isEqualTo("HM2026A-2027-123456");
    }

    @Test
    void anExamHasItsOwnFormat() {
        assertThat(CertificateNumberFormat.of(" CQ-{YYYY}{SESSION}{N:8} ").number("X1", 2026, 42))
                .isEqualTo("CQ-2026X100000042");
        assertThat(CertificateNumberFormat.of("{N:3}{SESSION}").number("S", 2026, 7)).isEqualTo("007S");
    }

    @Test
    void aFormatThatCannotNumberUniquelyIsRefused() {
        assertThat(refused("")).isEqualTo("field.required");
        assertThat(refused("{SESSION}-{YYYY}")).isEqualTo("certificate.pattern.serial");
        assertThat(refused("{SESSION}-{N:6}-{N:6}")).isEqualTo("certificate.pattern.serial");
        assertThat(refused("{SESSION}-{N:2}")).isEqualTo("certificate.pattern.serial");
        assertThat(refused("{SESSION}-{N:13}")).isEqualTo("certificate.pattern.serial");
        assertThat(refused("CQ-{N:6}")).isEqualTo("certificate.pattern.session");
        assertThat(refused("{SESSION}/{N:6}")).isEqualTo("certificate.pattern.characters");
        assertThat(refused("{SESSION}-{X}-{N:6}")).isEqualTo("certificate.pattern.characters");
        assertThat(refused("{SESSION}" + "A".repeat(60) + "{N:6}")).isEqualTo("field.tooLong");
    }

    @Test
    void aSerialBeyondItsDigitsIsRefusedRatherThanReused() {
        CertificateNumberFormat format = CertificateNumberFormat.of("{SESSION}{N:3}");
        assertThat(format.number("S", 2026, 999)).isEqualTo("S999");
        assertThat(catchThrowableOfType(BaokaoException.class, () -> format.number("S", 2026, 1000)).getMessageKey())
                .isEqualTo("certificate.pattern.full");
    }
}
