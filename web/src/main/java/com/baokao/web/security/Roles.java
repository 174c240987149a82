package com.baokao.web.security;

/** Role names as constants for annotations; they equal {@code com.baokao.account.AccountRole} names. */
public final class Roles {

    public static final String CANDIDATE = "CANDIDATE";
    public static final String REVIEWER = "REVIEWER";
    public static final String ADMIN = "ADMIN";
    public static final String OPERATOR = "OPERATOR";

    private Roles() {
    }
}
