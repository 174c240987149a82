package com.baokao.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns a message key and its arguments into the sentence a person reads, in Chinese (default) or English.
 * The bundle lives here so that every front end (pages, REST, batch reports) words a rule the same way.
 */
public final class UserMessages {

    public static final String BUNDLE = "com.baokao.i18n.messages";
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private UserMessages() {
    }

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? DEFAULT_LOCALE : locale,
                UserMessages.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // always through MessageFormat, so '' means one quote in every message, with or without arguments
        return new MessageFormat(pattern, bundle.getLocale()).format(args == null ? new Object[0] : args);
    }

    public static String format(Locale locale, BaokaoException e) {
        return format(locale, e.getMessageKey(), e.getMessageArgs());
    }
}
