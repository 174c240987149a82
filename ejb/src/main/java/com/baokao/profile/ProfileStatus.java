package com.baokao.profile;

/** Where a profile stands: the candidate edits it, submits it, a reviewer of its home region decides. */
public enum ProfileStatus {
    /** Being filled in; not yet submitted (or revised after approval). */
    EDITING,
    /** Waiting for a reviewer; read-only for the candidate. */
    SUBMITTED,
    /** Sent back with reasons; editable again. */
    RETURNED,
    /** Approved; valid for one year and reused for every exam. */
    APPROVED;

    public boolean editable() {
        return this == EDITING || this == RETURNED;
    }
}
