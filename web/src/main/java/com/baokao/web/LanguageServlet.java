package com.baokao.web;

import com.baokao.web.security.PublicAddress;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /language?to=en&back=/register.xhtml}: the header's language switch. The choice is kept in a cookie,
 * not in an HTTP session, so an anonymous reader of the public pages costs the server no session (issue 18), and
 * the reader goes back to the page they were on (a path of this site only, never another address).
 */
@WebServlet(urlPatterns = "/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String to = "en".equals(request.getParameter("to")) ? "en" : "zh";
        Cookie cookie = new Cookie(LocaleView.COOKIE, to);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || PublicAddress.configured().filter(u -> u.startsWith("https:")).isPresent());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + localPath(request.getParameter("back")));
    }

    /** A path of this site ("/..."), or the home page: never "//host" or a scheme, which would leave the site. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/index.xhtml";
        }
        return back;
    }
}
