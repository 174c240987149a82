package com.baokao.i18n;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;
import java.util.List;

/**
 * A business rule said no. Carries a message key (and the field it concerns, if any) instead of a
 * hard-coded sentence, so each front end shows it in the reader's language. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BaokaoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final Object[] messageArgs;

    /** A refusal of the whole request. */
    public BaokaoException(String messageKey, Object... messageArgs) {
        this(null, messageKey, messageArgs);
    }

    /**
     * A refusal about one field of a form. A factory, not a constructor: with a constructor
     * {@code (field, key, args...)} beside {@code (key, args...)}, a call with a key and one text argument
     * would silently take the key for a field name.
     */
    public static BaokaoException at(String field, String messageKey, Object... messageArgs) {
        return new BaokaoException(field, messageKey, messageArgs);
    }

    protected BaokaoException(String field, String messageKey, Object[] messageArgs) {
        super(messageKey + (messageArgs.length == 0 ? "" : " " + Arrays.toString(messageArgs)));
        this.field = field;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The form field the message is about, or {@code null} for the whole form. */
    public String getField() {
        return field;
    }

    public Object[] getMessageArgs() {
        return messageArgs.clone();
    }

    /** Every problem this refusal names, each with its field: just this one, unless several were found at once. */
    public List<BaokaoException> problems() {
        return List.of(this);
    }
}
