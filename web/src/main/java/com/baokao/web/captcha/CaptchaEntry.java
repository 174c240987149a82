package com.baokao.web.captcha;

import com.baokao.account.captcha.CaptchaAnswer;

import java.io.Serializable;

/**
 * What a person typed for the CAPTCHA picture of one form. It goes to the form's service once, with the picture it
 * answers, and is then cleared: the next attempt needs the next picture.
 */
public class CaptchaEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;

    /** The answer to the picture {@code challenge} last showed; uses the picture and the typed text up. */
    public CaptchaAnswer answer(CaptchaChallenge challenge) {
        CaptchaAnswer answer = challenge.answer(text);
        text = null;
        return answer;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
