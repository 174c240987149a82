package com.baokao.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleVersionsTest {

    @Test
    void aSaveMustNameTheRuleInForce() {
        assertThat(RuleVersions.matches(null, null)).as("a new rule for a region without one").isTrue();
        assertThat(RuleVersions.matches(3L, 3L)).as("the rule the form loaded").isTrue();
        assertThat(RuleVersions.matches(4L, 3L)).as("saved by someone else since").isFalse();
        assertThat(RuleVersions.matches(0L, null)).as("created by someone else since").isFalse();
        assertThat(RuleVersions.matches(null, 3L)).as("removed since").isFalse();
    }
}
