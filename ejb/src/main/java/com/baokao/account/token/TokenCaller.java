package com.baokao.account.token;

import com.baokao.account.AccountRole;

import java.io.Serializable;

/** Who an access token speaks for: the account, its role, and the sign-in (token family) it was issued under. */
public record TokenCaller(long accountId, AccountRole role, String familyId) implements Serializable {
}
