package com.baokao.account;

import com.baokao.i18n.BaokaoException;

import com.baokao.i18n.FreeText;
import java.util.Locale;
import java.util.regex.Pattern;

/** Mainland mobile numbers and e-mail addresses, normalised the way they are stored. */
public final class ContactDetails {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /**
     * The usual address syntax, as browsers check {@code <input type="email">} (the HTML standard's "valid e-mail
     * address"), with a dot in the domain: no quotes, angle brackets, spaces or other characters that no mail
     * provider hands out. The reset code proves the address works.
     */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

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
        String email = FreeText.clean(raw);
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
