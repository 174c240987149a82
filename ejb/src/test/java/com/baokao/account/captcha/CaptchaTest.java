package com.baokao.account.captcha;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CaptchaTest {

    private static final Instant DRAWN = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void aPictureShowsFiveCharactersThatCannotBeMisread() {
        for (int i = 0; i < 200; i++) {
            assertThat(Captcha.issue(DRAWN, null).text()).matches("[A-HJKMNP-Z2-9]{5}");
        }
        assertThat(Captcha.issue(DRAWN, null).issuedAt()).isEqualTo(DRAWN);
    }

    @Test
    void theTestSettingMakesEveryPictureShowOneKnownText() {
        assertThat(Captcha.issue(DRAWN, " bktst ").text()).isEqualTo("BKTST");
        assertThat(Captcha.issue(DRAWN, "  ").text()).hasSize(5).isNotBlank();
    }

    @Test
    void theTextIsRightWhateverItsCaseAndSpacesWhileThePictureIsValid() {
        Captcha shown = new Captcha("AB3CD", DRAWN);
        assertThat(shown.isSolvedBy("ab3cd", DRAWN.plusSeconds(5))).isTrue();
        assertThat(shown.isSolvedBy(" AB 3CD ", DRAWN.plusSeconds(5))).isTrue();
        assertThat(shown.isSolvedBy("AB3CE", DRAWN.plusSeconds(5))).isFalse();
        assertThat(shown.isSolvedBy(null, DRAWN.plusSeconds(5))).isFalse();
        assertThat(shown.isSolvedBy("AB3CD", DRAWN.plus(Captcha.VALIDITY))).isTrue();
        assertThat(shown.isSolvedBy("AB3CD", DRAWN.plus(Captcha.VALIDITY).plusMillis(1))).isFalse();
    }

    @Test
    void anAnswerWithoutAPictureIsNeverRight() {
        assertThat(CaptchaAnswer.NONE.isRight(DRAWN)).isFalse();
        assertThat(new CaptchaAnswer(null, "AB3CD").isRight(DRAWN)).isFalse();
        assertThat(new CaptchaAnswer(new Captcha("AB3CD", DRAWN), "ab3cd").isRight(DRAWN)).isTrue();
    }

    @Test
    void aRequiredAnswerThatIsNotRightIsRefusedAtTheCaptchaField() {
        assertThatNoException().isThrownBy(
                () -> CaptchaAnswer.require(new CaptchaAnswer(new Captcha("AB3CD", DRAWN), "AB3CD"), DRAWN));
        for (CaptchaAnswer missing : new CaptchaAnswer[] {null, CaptchaAnswer.NONE,
                new CaptchaAnswer(new Captcha("AB3CD", DRAWN), "  ")}) {
            BaokaoException e = catchThrowableOfType(BaokaoException.class, () -> CaptchaAnswer.require(missing, DRAWN));
            assertThat(e.getMessageKey()).as("nothing typed").isEqualTo("captcha.missing");
            assertThat(e.getField()).isEqualTo(CaptchaAnswer.FIELD);
        }
        for (CaptchaAnswer wrong : new CaptchaAnswer[] {new CaptchaAnswer(new Captcha("AB3CD", DRAWN), "AB3C"),
                new CaptchaAnswer(null, "AB3CD")}) {
            BaokaoException e = catchThrowableOfType(BaokaoException.class, () -> CaptchaAnswer.require(wrong, DRAWN));
            assertThat(e.getMessageKey()).isEqualTo("captcha.wrong");
            assertThat(e.getField()).isEqualTo(CaptchaAnswer.FIELD);
        }
    }
}
