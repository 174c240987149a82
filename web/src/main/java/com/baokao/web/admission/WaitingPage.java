package com.baokao.web.admission;

import com.baokao.web.RequestIds;
import com.baokao.admission.WaitingRoom.Waiting;
import com.baokao.i18n.UserMessages;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a visitor without a pass is told, written by hand so that it costs next to nothing under load: no Faces, no
 * database, no session. The page (HTTP 200) shows the place in line and the estimated wait and asks again by
 * itself (meta refresh, so no script is needed under the pages' script policy) for the address the visitor asked
 * for, which opens once they are let in; a Faces AJAX request is told to load that page. The API gets an RFC 9457
 * problem with 429 and Retry-After, and the place and wait as numbers. The page is in the language the visitor chose (or their browser
 * prefers), the API's answer in that of Accept-Language: Chinese unless English is asked for.
 */
final class WaitingPage {

    static final String PROBLEM_CODE = "admission.waiting";
    private static final String LABELS = "com.baokao.web.labels";

    private WaitingPage() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, Waiting waiting, Locale locale)
            throws IOException {
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        long askAgain = AdmissionGate.askAgainSeconds(waiting.estimatedWait());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Retry-After", Long.toString(askAgain));
        response.setCharacterEncoding("UTF-8");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // a PrimeFaces AJAX request: let the browser load the page, which is then the waiting page
            response.setContentType("text/xml");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + escape(target) + "\"/></partial-response>");
            return;
        }
        ResourceBundle labels = ResourceBundle.getBundle(LABELS, locale, WaitingPage.class.getClassLoader());
        response.setContentType("text/html");
        String title = labels.getString("admission.title");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + (isEnglish(locale) ? "en" : "zh-CN") + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"refresh\" content=\"" + askAgain + ";url=" + escape(target) + "\">"
                + "<title>" + escape(title) + "</title><style>"
                + "body{margin:0;font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;"
                + "background:#f4f6f9;color:#1f2d3d}main{max-width:32rem;margin:12vh auto;padding:2rem 1.5rem;"
                + "background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.1);text-align:center}"
                + "h1{font-size:1.3rem;margin:0 0 1.2rem}.bk-place{font-size:2.6rem;font-weight:700;color:#1565c0;"
                + "margin:.4rem 0}p{line-height:1.6}.bk-note{color:#5a6a7a;font-size:.9rem}a{color:#1565c0}"
                + "</style></head><body><main id=\"waiting-room\" data-position=\"" + waiting.position()
                + "\" data-number=\"" + waiting.number() + "\" data-wait-seconds=\""
                + waiting.estimatedWait().toSeconds() + "\">"
                + "<h1>" + escape(labels.getString("admission.heading")) + "</h1>"
                + "<p class=\"bk-place\">" + waiting.position() + "</p>"
                + "<p>" + escape(format(labels, "admission.position", locale, waiting.position())) + "</p>"
                + "<p>" + escape(wait(labels, locale, waiting.estimatedWait().toSeconds())) + "</p>"
                + "<p class=\"bk-note\">" + escape(format(labels, "admission.refresh", locale, askAgain,
                com.baokao.admission.WaitingRoom.DEFAULT_PLACE_KEPT.toSeconds())) + "</p>"
                + "<p><a href=\"" + escape(target) + "\">" + escape(labels.getString("admission.now")) + "</a></p>"
                + "</main></body></html>");
    }

    static void sendProblem(HttpServletRequest request, HttpServletResponse response, Waiting waiting)
            throws IOException {
        Locale locale = language(request);
        long askAgain = AdmissionGate.askAgainSeconds(waiting.estimatedWait());
        long wait = waiting.estimatedWait().toSeconds();
        String body = Json.createObjectBuilder()
                .add("type", "https://baokao.example/problems/" + PROBLEM_CODE)
                .add("title", "Too Many Requests")
                .add("status", 429)
                .add("detail", UserMessages.format(locale, PROBLEM_CODE, waiting.position(), wait, askAgain))
                .add("code", PROBLEM_CODE)
                .add("retryAfterSeconds", askAgain)
                .add("position", waiting.position())
                .add("number", waiting.number())
                .add("estimatedWaitSeconds", wait)
                .add("requestId", RequestIds.current().orElse(""))
                .build().toString();
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(askAgain));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/problem+json");
        response.getWriter().write(body);
    }

    /** English when the request prefers it (Accept-Language), Chinese otherwise, as the API's answers. */
    static Locale language(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale wanted : Collections.list(request.getLocales())) {
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

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static String wait(ResourceBundle labels, Locale locale, long seconds) {
        return seconds < 60 ? format(labels, "admission.wait.seconds", locale, seconds)
                : format(labels, "admission.wait.minutes", locale, (seconds + 59) / 60);
    }

    private static String format(ResourceBundle labels, String key, Locale locale, Object... args) {
        return new MessageFormat(labels.getString(key), locale).format(args);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
