package com.baokao.web.account;

import java.io.Serializable;

/** A new password typed twice (registration, password reset); the service checks both against the policy. */
public class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    private String value;
    private String repeat;

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
