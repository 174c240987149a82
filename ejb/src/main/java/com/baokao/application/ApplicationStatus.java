package com.baokao.application;

/** Every state of an application's life (see DESIGN.md "The application lifecycle"). */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    CONFIRMATION_FAILED,
    CONFIRMED,
    SITE_APPROVED,
    APPROVED,
    RETURNED,
    REFUSED,
    PAID,
    ABANDONED,
    TICKETED,
    SCORED,
    CERTIFIED;

    /** The candidate may change the application's content. */
    public boolean editableByCandidate() {
        return ApplicationLifecycle.editableByCandidate(this);
    }
}
