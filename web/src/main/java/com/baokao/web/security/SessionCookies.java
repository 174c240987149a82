package com.baokao.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is {@code HttpOnly} and {@code SameSite=Lax} (web.xml) and {@code Secure} whenever the
 * request came over TLS (the container). Behind a TLS-terminating proxy the requests reach Baokao as plain HTTP,
 * so a public address starting with {@code https:} marks the cookie {@code Secure} as well.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (PublicAddress.configured().filter(url -> url.startsWith("https:")).isPresent()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
