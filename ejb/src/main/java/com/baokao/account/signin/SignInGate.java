package com.baokao.account.signin;

import java.io.Serializable;

/** What the sign-in page must know before it lets an attempt through. */
public record SignInGate(boolean captchaRequired, long waitSeconds) implements Serializable {

    public boolean mustWait() {
        return waitSeconds > 0;
    }
}
