package com.baokao.account.captcha;

import com.baokao.i18n.BaokaoException;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a front end hands a service with a form: the CAPTCHA picture it showed (null if none) and what the person
 * typed. The service decides whether an answer is needed and checks it.
 */
public record CaptchaAnswer(Captcha shown, String typed) implements Serializable {

    /** The form field the answer is typed into, where a refusal is shown. */
    public static final String FIELD = "captcha";

    /** No picture was shown: right only where none is needed. */
    public static final CaptchaAnswer NONE = new CaptchaAnswer(null, null);

    public boolean isRight(Instant now) {
        return shown != null && shown.isSolvedBy(typed, now);
    }

    /** True when nothing was typed: told "type the characters", not "wrong". */
    public boolean isMissing() {
        return typed == null || typed.isBlank();
    }

    /**
     * Refuses, at the CAPTCHA field, unless {@code answer} (null: none given) is right: {@code captcha.missing} when
     * nothing was typed, {@code captcha.wrong} when the characters do not match the picture (or it has expired).
     */
    public static void require(CaptchaAnswer answer, Instant now) {
        if (answer == null || answer.isMissing()) {
            throw BaokaoException.at(FIELD, "captcha.missing");
        }
        if (!answer.isRight(now)) {
            throw BaokaoException.at(FIELD, "captcha.wrong");
        }
    }
}
