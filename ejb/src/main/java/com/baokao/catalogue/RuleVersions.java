package com.baokao.catalogue;

/**
 * Whether a save names the rule in force (a region rule, a proof rule): the version the form loaded equals the stored
 * one, and "none" (null) matches only where there is no rule yet. Anything else was changed meanwhile by someone else.
 */
public final class RuleVersions {

    private RuleVersions() {
    }

    /** {@code stored}: the rule's version, or null when there is none yet. */
    public static boolean matches(Long stored, Long expected) {
        return stored == null ? expected == null : stored.equals(expected);
    }
}
