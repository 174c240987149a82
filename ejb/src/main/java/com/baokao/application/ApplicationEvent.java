package com.baokao.application;

/** What can happen to an application; {@link ApplicationLifecycle} says where each leads and until when. */
public enum ApplicationEvent {
    /** The candidate submits the draft. */
    SUBMIT,
    /** The candidate takes a submission back while the window is open and nobody has decided yet. */
    WITHDRAW,
    /** On-site: the printed form's current code was scanned; online: a reviewer accepted the proofs. */
    CONFIRM,
    /** Online confirmation: a reviewer found the proofs wanting; the candidate may upload again. */
    FAIL_CONFIRMATION,
    /** The candidate sends a returned or failed-confirmation application back to the queue it came from. */
    RESUBMIT,
    /** A reviewer approves at the current review level. */
    APPROVE,
    /** A reviewer returns the application for correction (退回修改). */
    RETURN,
    /** A reviewer refuses the application for good (不合格). */
    REFUSE,
    /** The confirmation deadline has passed: whatever waited for the candidate is abandoned. */
    CONFIRMATION_DEADLINE_PASSED,
    /** The fee was received for an approved application (online payment regions only). */
    PAY,
    /** The payment deadline has passed: an approved application still unpaid is abandoned. */
    PAYMENT_DEADLINE_PASSED
}
