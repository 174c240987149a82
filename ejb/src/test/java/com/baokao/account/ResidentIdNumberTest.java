package com.baokao.account;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    /** The first 17 digits plus the check character the class itself computes, so only other parts can be wrong. */
    private static String withCheck(String first17) {
        assertThat(first17).hasSize(17);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static BaokaoException refusal(String raw, LocalDate today) {
        BaokaoException e = catchThrowableOfType(BaokaoException.class, () -> ResidentIdNumber.parse(raw, today));
        assertThat(e).as("parse(%s) should be refused", raw).isNotNull();
        assertThat(e.getField()).isEqualTo(ResidentIdNumber.FIELD);
        return e;
    }

    @Test
    void validMaleNumber() {
        ResidentIdNumber id = ResidentIdNumber.parse("110105199003071239", TODAY);

        assertThat(id.value()).isEqualTo("110105199003071239");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(id.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void validFemaleNumberWithCheckCharacterX() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void checkCharacterMatchesPublishedExamples() {
        // GB 11643-1999 example and the male number above, computed independently of the parser
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("11010519900307123")).isEqualTo('9');
    }

    @Test
    void lowercaseXIsAcceptedAndStoredAsUppercase() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x", TODAY);

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 110105199003071239", "110105199003071239  ", "\t110105199003071239\n", "\u3000110105199003071239"})
    void surroundingWhitespaceIsStripped(String raw) {
        assertThat(ResidentIdNumber.parse(raw, TODAY).value()).isEqualTo("110105199003071239");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105199003071238", "110105199003071230", "11010519900307123X", "11010519491231002" + "0",
            "210105199003071239"})
    void wrongCheckDigitIsRefused(String raw) {
        assertThat(refusal(raw, TODAY).getMessageKey()).isEqualTo("id.checkdigit");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519900230123", // 30 February
            "11010519900229123", // 29 February in a common year
            "11010519901301123", // month 13
            "11010519900001123", // month 0
            "11010519900100123", // day 0
            "11010519900431123", // 31 April
            "11010518991231123"  // before 1900
    })
    void impossibleBirthDateIsRefusedEvenWithCorrectCheckDigit(String first17) {
        BaokaoException e = refusal(withCheck(first17), TODAY);

        assertThat(e.getMessageKey()).isEqualTo("id.birthdate");
        assertThat(e.getMessageArgs()).containsExactly(first17.substring(6, 14));
    }

    @Test
    void leapDayIsAccepted() {
        ResidentIdNumber id = ResidentIdNumber.parse(withCheck("11010520000229123"), TODAY);

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void birthDateAfterTodayIsRefused() {
        String tomorrow = withCheck("11010520250616123");

        assertThat(refusal(tomorrow, TODAY).getMessageKey()).isEqualTo("id.birthdate");
    }

    @Test
    void birthDateIsJudgedAgainstTheTodayPassedIn() {
        String bornMidJune = withCheck("11010520250616123");

        assertThat(ResidentIdNumber.parse(bornMidJune, LocalDate.of(2025, 6, 16)).birthDate())
                .isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(refusal(bornMidJune, LocalDate.of(2025, 6, 15)).getMessageKey()).isEqualTo("id.birthdate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519900307123", "1101051990030712390", "1", "11010519491231002XX"})
    void wrongLengthIsRefused(String raw) {
        BaokaoException e = refusal(raw, TODAY);

        assertThat(e.getMessageKey()).isEqualTo("id.length");
        assertThat(e.getMessageArgs()).containsExactly(raw.length());
    }

    @Test
    void lengthIsCountedAfterStripping() {
        BaokaoException e = refusal("  11010519900307123  ", TODAY);

        assertThat(e.getMessageKey()).isEqualTo("id.length");
        assertThat(e.getMessageArgs()).containsExactly(17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051990A3071239", "X10105199003071239", "11010519900307123Y", "110105-99003071239",
            "11010519900307X239", "１10105199003071239"})
    void lettersOrSymbolsInsideAreRefused(String raw) {
        assertThat(refusal(raw, TODAY).getMessageKey()).isEqualTo("id.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99010519900307123", "00010519900307123", "10010519900307123", "24010519900307123"})
    void unknownProvinceCodeIsRefusedEvenWithCorrectCheckDigit(String first17) {
        BaokaoException e = refusal(withCheck(first17), TODAY);

        assertThat(e.getMessageKey()).isEqualTo("id.region");
        assertThat(e.getMessageArgs()).containsExactly(first17.substring(0, 6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"81000019900307123", "82000019900307123", "83000019900307123", "71000019900307123",
            "65010519900307123"})
    void residencePermitAndOtherProvinceCodesAreAccepted(String first17) {
        assertThat(ResidentIdNumber.parse(withCheck(first17), TODAY).value()).startsWith(first17);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void emptyOrNullIsRequired(String raw) {
        assertThat(refusal(raw, TODAY).getMessageKey()).isEqualTo("id.required");
    }
}
