package com.baokao.account;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IdDocumentTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static BaokaoException refusal(IdType type, String raw) {
        BaokaoException e = catchThrowableOfType(BaokaoException.class, () -> IdDocument.parse(type, raw, TODAY));
        assertThat(e).as("parse(%s, %s) should be refused", type, raw).isNotNull();
        return e;
    }

    @Test
    void residentIdYieldsBirthDateAndSex() {
        IdDocument doc = IdDocument.parse(IdType.RESIDENT_ID, " 11010519491231002x ", TODAY);

        assertThat(doc.type()).isEqualTo(IdType.RESIDENT_ID);
        assertThat(doc.number()).isEqualTo("11010519491231002X");
        assertThat(doc.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(doc.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void residentIdRulesApply() {
        assertThat(refusal(IdType.RESIDENT_ID, "110105199003071238").getMessageKey()).isEqualTo("id.checkdigit");
    }

    @Test
    void passportIsNormalisedAndCarriesNoBirthDateOrSex() {
        IdDocument doc = IdDocument.parse(IdType.PASSPORT, " e12345678 ", TODAY);

        assertThat(doc.number()).isEqualTo("E12345678");
        assertThat(doc.birthDate()).isNull();
        assertThat(doc.sex()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"E123", "E1234-5678", "E 12345678", "ABCDEFGHIJ12345678901"})
    void malformedPassportIsRefused(String raw) {
        BaokaoException e = refusal(IdType.PASSPORT, raw);

        assertThat(e.getMessageKey()).isEqualTo("passport.format");
        assertThat(e.getField()).isEqualTo(ResidentIdNumber.FIELD);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingPassportNumberIsRequired(String raw) {
        assertThat(refusal(IdType.PASSPORT, raw).getMessageKey()).isEqualTo("id.required");
    }

    @Test
    void missingTypeIsRefused() {
        BaokaoException e = refusal(null, "110105199003071239");

        assertThat(e.getMessageKey()).isEqualTo("id.type.required");
        assertThat(e.getField()).isEqualTo("idType");
    }

    @Test
    void normaliseNumberMatchesRegistration() {
        assertThat(IdDocument.normaliseNumber(" 11010519491231002x\t")).isEqualTo("11010519491231002X");
        assertThat(IdDocument.normaliseNumber(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "110105199003071239, 110105********1239",
            "11010519491231002X, 110105********002X",
            "E12345678, E1***5678",
            "E1234, ***34",
            "ABC, *BC"
    })
    void maskKeepsTheAreaAndTheLastFourButNeverTheWholeNumber(String number, String masked) {
        assertThat(IdDocument.mask(number)).isEqualTo(masked);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void maskOfNoNumberIsEmpty(String number) {
        assertThat(IdDocument.mask(number)).isEmpty();
    }
}
