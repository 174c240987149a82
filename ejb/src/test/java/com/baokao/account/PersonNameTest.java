package com.baokao.account;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PersonNameTest {

    private static final String EXT_B = new String(Character.toChars(0x20000)); // 𠀀

    private static BaokaoException refusal(String raw) {
        BaokaoException e = catchThrowableOfType(BaokaoException.class, () -> PersonName.normalise(raw));
        assertThat(e).as("normalise(%s) should be refused", raw).isNotNull();
        assertThat(e.getField()).isEqualTo(PersonName.FIELD);
        return e;
    }

    @Test
    void plainChineseNameIsAccepted() {
        assertThat(PersonName.normalise("王小明")).isEqualTo("王小明");
    }

    @Test
    void minorityNameWithMiddleDotIsAccepted() {
        assertThat(PersonName.normalise("阿依古丽·买买提")).isEqualTo("阿依古丽\u00B7买买提");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u30FB", "\u2022", "\u2027", "\uFF65", "\u00B7"})
    void everyMiddleDotVariantIsStoredAsU00B7(String dot) {
        assertThat(PersonName.normalise("阿依古丽" + dot + "买买提")).isEqualTo("阿依古丽\u00B7买买提");
    }

    @Test
    void supplementaryPlaneCharacterRoundTripsAndCountsAsOne() {
        String name = EXT_B + "华";
        assertThat(EXT_B).isEqualTo("𠀀");
        assertThat(name).hasSize(3); // UTF-16 units

        String normalised = PersonName.normalise(name);

        assertThat(normalised).isEqualTo(name);
        assertThat(normalised.codePointCount(0, normalised.length())).isEqualTo(2);
        assertThat(normalised.codePointAt(0)).isEqualTo(0x20000);
    }

    @Test
    void singleSupplementaryCharacterIsTooShortThoughItIsTwoUtf16Units() {
        assertThat(refusal(EXT_B).getMessageKey()).isEqualTo("name.length");
    }

    @Test
    void fiftySupplementaryCharactersAreAccepted() {
        String name = EXT_B.repeat(PersonName.MAX_CODE_POINTS); // 100 UTF-16 units
        assertThat(PersonName.normalise(name)).isEqualTo(name);
    }

    @Test
    void accentedLatinLettersAreComposed() {
        String decomposed = "Jose\u0301Garci\u0301a";
        assertThat(PersonName.normalise(decomposed)).isEqualTo("Jos\u00E9Garc\u00EDa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"王 小明", "王\u3000小明", "王\t小明", " 王小明", "王小明 ", "王\u00A0小明", "王\n小明",
            "阿依古丽 · 买买提"})
    void spacesOfAnyKindAreRefused(String raw) {
        assertThat(refusal(raw).getMessageKey()).isEqualTo("name.spaces");
    }

    @Test
    void singleCharacterIsTooShort() {
        BaokaoException e = refusal("王");

        assertThat(e.getMessageKey()).isEqualTo("name.length");
        assertThat(e.getMessageArgs()).containsExactly(PersonName.MAX_CODE_POINTS);
    }

    @Test
    void fiftyCharactersAreAcceptedFiftyOneAreTooLong() {
        assertThat(PersonName.normalise("王".repeat(50))).hasSize(50);
        assertThat(refusal("王".repeat(51)).getMessageKey()).isEqualTo("name.length");
        assertThat(refusal(EXT_B.repeat(51)).getMessageKey()).isEqualTo("name.length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"王小明1", "王小明１", "王小明!", "王_明", "王小明©", "王-明", "王.明", "Zhang3", "王小明\u200B"})
    void digitsAndSymbolsAreRefused(String raw) {
        assertThat(refusal(raw).getMessageKey()).isEqualTo("name.characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"·阿依古丽", "阿依古丽·", "阿依古丽··买买提", "\u30FB阿依古丽", "阿依古丽\u2022\u00B7买买提"})
    void misplacedDotsAreRefused(String raw) {
        assertThat(refusal(raw).getMessageKey()).isEqualTo("name.dot");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void emptyOrNullIsRequired(String raw) {
        assertThat(refusal(raw).getMessageKey()).isEqualTo("name.required");
    }
}
