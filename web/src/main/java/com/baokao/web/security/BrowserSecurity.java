package com.baokao.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The headers every response carries, pages, PDFs, files and the API alike, and redirects that stay on Baokao's
 * public address. The pages' script policy (nonces) comes from PrimeFaces' CSP mode (web.xml); the policy sent
 * here only keeps every response out of other sites' frames, and adds to it rather than replacing it.
 */
@WebFilter(filterName = "BrowserSecurity", urlPatterns = "/*", asyncSupported = true)
public class BrowserSecurity extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** One year, as browsers' preload lists expect; sent only when Baokao is reached over TLS. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers(request, response);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                // set by hand: the container would make a path absolute with the client's Host header
                resetBuffer();
                setStatus(SC_FOUND);
                setHeader("Location", PublicAddress.redirectTarget(request, location));
                flushBuffer();
            }
        });
    }

    /**
     * The headers every response carries, for an answer given before this filter ran (the waiting room's); a
     * response that has them already is left as it is.
     */
    public static void headers(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader("X-Frame-Options")) {
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.addHeader("Content-Security-Policy", "frame-ancestors 'self'; base-uri 'self'");
        if (PublicAddress.servedOverTls(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
