package com.baokao.application;

/** What can happen to an application; {@link ApplicationLifecycle} says where each leads. */
public enum ApplicationEvent {
    /** The candidate submits the draft. */
    SUBMIT,
    /** The candidate takes a submission back while the window is open and nobody has decided yet. */
    WITHDRAW
}
