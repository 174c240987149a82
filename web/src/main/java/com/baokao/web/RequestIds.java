package com.baokao.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives every request an id support can find it by (issue 19): the load balancer's {@value #HEADER} when it sent a
 * well-formed one, a random one otherwise. The id goes back in the same header, into the problem+json of the API
 * ({@code requestId}) and onto the error pages, and into every log line the request causes on its thread: the
 * runtime's log format names the thread, so the thread carries the id in its name while it serves the request
 * (EJB calls run on the caller's thread).
 * <p>
 * Mapped first in web.xml, so the other filters' log lines carry it too.
 */
public class RequestIds extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String HEADER = "X-Request-Id";
    /** The request attribute that holds the id (read by the error pages). */
    public static final String ATTRIBUTE = "baokao.requestId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = accepted(request.getHeader(HEADER)).orElseGet(RequestIds::newId);
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        String outer = CURRENT.get();
        thread.setName(threadName + " request=" + id);
        CURRENT.set(id);
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setName(threadName);
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The id of the request this thread is serving, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static Optional<String> accepted(String presented) {
        return Optional.ofNullable(presented).filter(id -> ACCEPTED.matcher(id).matches());
    }

    /**
     * 16 hex digits. Not a secret (every answer carries its id), so not from SecureRandom: its one shared generator is
     * a lock every request thread waited on under load (measured in a flight recording of the registration-day run).
     */
    static String newId() {
        return HexFormat.of().toHexDigits(java.util.concurrent.ThreadLocalRandom.current().nextLong());
    }
}
