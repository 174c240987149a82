package com.baokao.audit;

import java.util.Optional;

/**
 * How the audit trail writes a readable actor for an account id without knowing what an account is: the
 * accounts feature, on a floor above, provides the one implementation. Keeping the name at write time means the
 * trail still reads right after a username or name is corrected.
 */
public interface ActorNames {

    /** The username of a staff account, or the full name of a candidate; empty for an unknown id. */
    Optional<String> nameOf(long accountId);
}
