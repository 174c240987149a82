package com.baokao.account;

import com.baokao.i18n.BaokaoException;

import java.util.Locale;
import java.util.regex.Pattern;

/** Mainland mobile numbers and e-mail addresses, normalised the way they are stored. */
public final class ContactDetails {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    // deliberately simple: one @, a dot in the domain, no spaces; the reset code proves the address works
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private ContactDetails() {
    }

    public static String mobile(String raw) {
        String phone = raw == null ? "" : raw.strip().replace(" ", "").replace("-", "");
        if (phone.startsWith("+86")) {
            phone = phone.substring(3);
        }
        if (phone.isEmpty()) {
            throw BaokaoException.at("phone", "phone.required");
        }
        if (!MOBILE.matcher(phone).matches()) {
            throw BaokaoException.at("phone", "phone.format");
        }
        return phone;
    }

    public static String email(String raw) {
        String email = raw == null ? "" : raw.strip();
        if (email.isEmpty()) {
            throw BaokaoException.at("email", "email.required");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw BaokaoException.at("email", "email.format");
        }
        int at = email.lastIndexOf('@');
        return email.substring(0, at) + email.substring(at).toLowerCase(Locale.ROOT);
    }
}
