package com.baokao.itest.incontainer;

import com.baokao.i18n.BaokaoException;
import jakarta.ejb.EJBAccessException;

/** What a service call in a test ended with: a refusal's message key, an access denial, or nothing. */
final class Outcomes {

    private Outcomes() {
    }

    /** The message key of the refusal somewhere in {@code t}'s causes. */
    static String refusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BaokaoException b) {
                return b.getMessageKey();
            }
        }
        throw new AssertionError("not a refusal: " + t, t);
    }

    /** What {@code work} threw, or {@code null}. */
    static Throwable catchThrowable(AsAdmin.ThrowingRunnable work) {
        try {
            work.run();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    /** True when the container refused access (out of scope looks like this). */
    static boolean denied(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
