package com.baokao.account.signin;

import com.baokao.account.IdDocument;
import com.baokao.account.IdType;
import com.baokao.account.StaffAccountService;

/**
 * Who is trying to sign in, in one string that travels as the caller name of a Jakarta Security
 * credential and keys the failure counter: {@code candidate:RESIDENT_ID:11010519491231002X} or
 * {@code staff:admin}. Normalised, so "x" and "X" count as the same person.
 */
public record LoginKey(IdType idType, String idNumber, String username) {

    private static final String CANDIDATE = "candidate:";
    private static final String STAFF = "staff:";

    public static LoginKey candidate(IdType idType, String rawIdNumber) {
        return new LoginKey(idType == null ? IdType.RESIDENT_ID : idType, IdDocument.normaliseNumber(rawIdNumber), null);
    }

    public static LoginKey staff(String rawUsername) {
        return new LoginKey(null, null, StaffAccountService.normaliseUsername(rawUsername));
    }

    public boolean isStaff() {
        return username != null;
    }

    public boolean isBlank() {
        return isStaff() ? username.isEmpty() : idNumber.isEmpty();
    }

    public String asString() {
        return isStaff() ? STAFF + username : CANDIDATE + idType.name() + ":" + idNumber;
    }

    public static LoginKey parse(String value) {
        if (value != null && value.startsWith(STAFF)) {
            return staff(value.substring(STAFF.length()));
        }
        if (value != null && value.startsWith(CANDIDATE)) {
            String rest = value.substring(CANDIDATE.length());
            int colon = rest.indexOf(':');
            if (colon > 0) {
                try {
                    return candidate(IdType.valueOf(rest.substring(0, colon)), rest.substring(colon + 1));
                } catch (IllegalArgumentException e) {
                    // falls through to "not a login key"
                }
            }
        }
        throw new IllegalArgumentException("not a login key: " + value);
    }
}
