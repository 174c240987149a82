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

    /** The fee has been received (and the application has gone on from there). */
    public boolean paid() {
        return this == PAID || this == TICKETED || this == SCORED || this == CERTIFIED;
    }

    /** The application holds a place at its site (where the site has a number of places). */
    public boolean holdsPlace() {
        return ApplicationLifecycle.holdsPlace(this);
    }

    /** The candidate may change the application's content. */
    public boolean editableByCandidate() {
        return ApplicationLifecycle.editableByCandidate(this);
    }
}
