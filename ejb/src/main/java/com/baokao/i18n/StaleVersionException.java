package com.baokao.i18n;

/**
 * A write named a version of the record that is no longer the current one: someone (or the same person on another
 * device) changed it meanwhile. Front ends tell the person to reload; the API answers 412 Precondition Failed.
 */
public class StaleVersionException extends BaokaoException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String messageKey) {
        super(null, messageKey, new Object[0]);
    }
}
