package com.baokao.platform;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/**
 * The caller asked for something outside their reach (another candidate's receipt, a profile of another site).
 * An expected outcome, not a failure: as an application exception it reaches the caller as itself, rolls the
 * transaction back and leaves no stack trace in the server log, so iterating ids cannot flood the log.
 * Still an {@link EJBAccessException}, so every front end that handles refused access handles this.
 */
@ApplicationException(rollback = true)
public class OutOfReachException extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    public OutOfReachException(String what) {
        super(what);
    }
}
