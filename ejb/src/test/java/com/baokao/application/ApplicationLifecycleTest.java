package com.baokao.application;

import com.baokao.i18n.BaokaoException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every status against every candidate event: only the transitions of the lifecycle are allowed. */
class ApplicationLifecycleTest {

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void submitOnlyFromDraft(ApplicationStatus from) {
        check(from, ApplicationEvent.SUBMIT, EnumSet.of(ApplicationStatus.DRAFT), ApplicationStatus.SUBMITTED);
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void withdrawOnlyFromSubmittedBeforeAnyDecision(ApplicationStatus from) {
        check(from, ApplicationEvent.WITHDRAW, EnumSet.of(ApplicationStatus.SUBMITTED), ApplicationStatus.DRAFT);
    }

    private static void check(ApplicationStatus from, ApplicationEvent event, Set<ApplicationStatus> allowedFrom,
                              ApplicationStatus to) {
        if (allowedFrom.contains(from)) {
            assertThat(ApplicationLifecycle.allowed(from, event)).isTrue();
            assertThat(ApplicationLifecycle.next(from, event)).isEqualTo(to);
        } else {
            assertThat(ApplicationLifecycle.allowed(from, event)).isFalse();
            BaokaoException refusal = catchThrowableOfType(BaokaoException.class, () -> ApplicationLifecycle.next(from, event));
            assertThat(refusal.getMessageKey()).isEqualTo("application.transition.refused." + event.name().toLowerCase());
        }
    }
}
