package com.baokao.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The reader's language: Chinese by default, English on request. Kept in a cookie set by {@link LanguageServlet}
 * (not in the HTTP session: an anonymous view of the home page creates none).
 */
@Named
@RequestScoped
public class LocaleView {

    static final String COOKIE = "bk_lang";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = of(request);
        }
        return locale;
    }

    /** The language a request asks for: English when its cookie says so, Chinese otherwise. */
    static Locale of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    /** The switch's address: the other language, then back to this page (path and query, as the reader sees them). */
    public String getSwitchUrl() {
        String back = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            back += "?" + request.getQueryString();
        }
        return request.getContextPath() + "/language?to=" + (isEnglish() ? "zh" : "en") + "&back="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
