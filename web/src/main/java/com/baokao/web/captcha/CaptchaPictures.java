package com.baokao.web.captcha;

import com.github.cage.Cage;
import com.github.cage.GCage;

/** Draws a CAPTCHA text as a JPEG (Cage library, self-hosted; no outside service), for the pages and the API. */
public final class CaptchaPictures {

    private static final Cage CAGE = new GCage();

    private CaptchaPictures() {
    }

    public static byte[] jpeg(String text) {
        synchronized (CAGE) { // Cage keeps a shared Random and Graphics settings
            return CAGE.draw(text);
        }
    }
}
