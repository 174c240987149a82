package com.baokao.web.api;

import com.baokao.i18n.UserMessages;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The language an API answer is written in: English when the request prefers it, Chinese otherwise. */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                if ("en".equals(wanted.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("zh".equals(wanted.getLanguage())) {
                    return UserMessages.DEFAULT_LOCALE;
                }
            }
        }
        return UserMessages.DEFAULT_LOCALE;
    }
}
