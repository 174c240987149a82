package com.baokao.application;

import com.baokao.i18n.BaokaoException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one place that says which status an event leads to. Events not allowed from a status are refused
 * with a sentence for the candidate. The review and payment capabilities add their events here.
 */
public final class ApplicationLifecycle {

    private static final Map<ApplicationEvent, Map<ApplicationStatus, ApplicationStatus>> TRANSITIONS =
            new EnumMap<>(ApplicationEvent.class);

    static {
        allow(ApplicationEvent.SUBMIT, ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED);
        allow(ApplicationEvent.WITHDRAW, ApplicationStatus.SUBMITTED, ApplicationStatus.DRAFT);
    }

    private ApplicationLifecycle() {
    }

    private static void allow(ApplicationEvent event, ApplicationStatus from, ApplicationStatus to) {
        TRANSITIONS.computeIfAbsent(event, e -> new EnumMap<>(ApplicationStatus.class)).put(from, to);
    }

    public static boolean allowed(ApplicationStatus from, ApplicationEvent event) {
        return TRANSITIONS.getOrDefault(event, Map.of()).containsKey(from);
    }

    /** The status after {@code event}, or a refusal naming the event and the current status. */
    public static ApplicationStatus next(ApplicationStatus from, ApplicationEvent event) {
        ApplicationStatus to = TRANSITIONS.getOrDefault(event, Map.of()).get(from);
        if (to == null) {
            throw new BaokaoException("application.transition.refused." + event.name().toLowerCase(java.util.Locale.ROOT),
                    from.name());
        }
        return to;
    }
}
