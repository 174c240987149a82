package com.baokao.web;

import com.baokao.account.IdType;

import java.io.Serializable;

/**
 * The ID type and number as a form asks for them (sign-in, registration, password reset, an administrator's
 * look-up): the resident ID unless the person picks another type, the number as typed; the services normalise and
 * check it.
 */
public class IdEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private IdType type = IdType.RESIDENT_ID;
    private String number;

    public IdType[] getTypes() {
        return IdType.values();
    }

    /** A passport carries no date of birth or sex: the form asks for them. */
    public boolean isPassport() {
        return type == IdType.PASSPORT;
    }

    public IdType getType() {
        return type;
    }

    public void setType(IdType type) {
        this.type = type;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
