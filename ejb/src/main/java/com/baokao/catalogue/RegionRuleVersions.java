package com.baokao.catalogue;

/**
 * Whether a save names the region rule in force: the version the form loaded equals the stored one, and "none"
 * (null) matches only a region without a rule. Anything else was changed meanwhile by someone else.
 */
public final class RegionRuleVersions {

    private RegionRuleVersions() {
    }

    /** {@code stored}: the rule's version, or null when the region has none yet. */
    public static boolean matches(Long stored, Long expected) {
        return stored == null ? expected == null : stored.equals(expected);
    }
}
