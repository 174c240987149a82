package com.baokao.web.captcha;

import com.baokao.account.captcha.Captcha;
import com.baokao.account.captcha.CaptchaAnswer;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;

/**
 * The CAPTCHA picture last drawn for this session ({@link Captcha}), kept for one answer: a form hands
 * {@link #answer} to its service, which decides whether the answer was needed and right.
 */
@Named
@SessionScoped
public class CaptchaChallenge implements Serializable {

    private static final long serialVersionUID = 2L;

    private Captcha shown;

    /** A new picture's text, replacing the previous one. */
    public synchronized String next() {
        shown = Captcha.issue(Instant.now());
        return shown.text();
    }

    /** What the person typed for the picture shown; the picture is used up either way. */
    public synchronized CaptchaAnswer answer(String typed) {
        CaptchaAnswer answer = new CaptchaAnswer(shown, typed);
        shown = null;
        return answer;
    }

    /** Changes with every page render, so the browser fetches a fresh picture. */
    public String getCacheBuster() {
        return Long.toString(System.nanoTime(), 36);
    }
}
