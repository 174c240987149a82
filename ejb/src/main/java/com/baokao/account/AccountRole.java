package com.baokao.account;

/** The security groups (and roles) an account belongs to. Candidates sign in with their ID, staff with a username. */
public enum AccountRole {
    CANDIDATE,
    REVIEWER,
    ADMIN,
    OPERATOR;

    public boolean isStaff() {
        return this != CANDIDATE;
    }
}
