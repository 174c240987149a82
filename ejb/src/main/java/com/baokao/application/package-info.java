/**
 * A candidate's application for an exam session, from draft to ticket: the choices (region, review point, site,
 * level, specialty, condition; subjects follow), submission with its serial number, withdrawal and region change,
 * the proofs and exam photo it carries, and {@link com.baokao.application.ApplicationLifecycle}, the one place that
 * says which status an event leads to. Every status change, whoever makes it, goes through
 * {@link com.baokao.application.ApplicationMoves}. Reviewers' work on applications is in {@code review}.
 */
package com.baokao.application;
