package com.baokao.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public home page as an anonymous reader gets it, rendered once every few seconds per language instead of once
 * per view (issue 18): on registration day it is read by far more people than sign in, and every one of them would
 * otherwise cost a Faces render and its queries. Only a plain GET without a query string, by nobody signed in, that
 * rendered without creating a session is kept. Each answer gets a fresh CSP nonce: the nonce PrimeFaces put into
 * the rendered page and its policy header is replaced by a new random one, so no two readers share a nonce.
 */
@WebFilter(filterName = "AnonymousPageCache", urlPatterns = {"", "/index.xhtml"})
public class AnonymousPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** As long as the open-exams list itself is kept (catalogue.OpenExamsCache): a change shows within seconds. */
    static final long KEEP_NANOS = 5_000_000_000L;

    /** Headers of the rendered answer that belong to that one answer only (each answer has its own request id). */
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
            RequestIds.HEADER.toLowerCase(Locale.ROOT));

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,})'");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null || request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        Locale language = LocaleView.of(request);
        String key = request.getRequestURI() + "|" + language.toLanguageTag();
        Page page = pages.get(key);
        if (page != null && System.nanoTime() - page.renderedAt < KEEP_NANOS) {
            page.writeTo(response);
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        boolean keepable = capture.status == HttpServletResponse.SC_OK && request.getSession(false) == null
                && !response.containsHeader("Set-Cookie") && capture.getContentType() != null
                && capture.getContentType().startsWith("text/html");
        if (keepable) {
            pages.put(key, Page.of(response, body));
        }
        if (body.length > 0) {
            response.getOutputStream().write(body);
        }
    }

    /** One rendered page: its headers and its body, split where the nonce was so each answer gets its own. */
    record Page(long renderedAt, Map<String, List<String>> headers, List<byte[]> bodyParts, String contentType) {

        static Page of(HttpServletResponse rendered, byte[] body) {
            String nonce = null;
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : rendered.getHeaderNames()) {
                if (NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)) || headers.containsKey(name)) {
                    continue;
                }
                List<String> values = new ArrayList<>(rendered.getHeaders(name));
                headers.put(name, values);
                for (String value : values) {
                    Matcher found = NONCE.matcher(value);
                    if (nonce == null && found.find()) {
                        nonce = found.group(1);
                    }
                }
            }
            List<byte[]> parts = new ArrayList<>();
            if (nonce == null) {
                parts.add(body);
            } else {
                String html = new String(body, StandardCharsets.UTF_8);
                for (String part : html.split(Pattern.quote(nonce), -1)) {
                    parts.add(part.getBytes(StandardCharsets.UTF_8));
                }
                String marker = nonce;
                headers.replaceAll((name, values) -> values.stream().map(v -> v.replace(marker, NONCE_SLOT)).toList());
            }
            return new Page(System.nanoTime(), headers, List.copyOf(parts), rendered.getContentType());
        }

        void writeTo(HttpServletResponse response) throws IOException {
            String nonce = bodyParts.size() > 1 ? freshNonce() : null;
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(contentType);
            headers.forEach((name, values) -> {
                boolean first = true;
                for (String value : values) {
                    String sent = nonce == null ? value : value.replace(NONCE_SLOT, nonce);
                    if (first) {
                        response.setHeader(name, sent);
                        first = false;
                    } else {
                        response.addHeader(name, sent);
                    }
                }
            });
            byte[] nonceBytes = nonce == null ? new byte[0] : nonce.getBytes(StandardCharsets.US_ASCII);
            int length = nonceBytes.length * (bodyParts.size() - 1);
            for (byte[] part : bodyParts) {
                length += part.length;
            }
            response.setContentLength(length);
            ServletOutputStream out = response.getOutputStream();
            for (int i = 0; i < bodyParts.size(); i++) {
                if (i > 0) {
                    out.write(nonceBytes);
                }
                out.write(bodyParts.get(i));
            }
        }
    }

    /** Stands in for the nonce in a kept header. */
    private static final String NONCE_SLOT = "\u0000nonce\u0000";

    private static String freshNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Keeps the rendered body instead of sending it, so it can be both kept and sent. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        int status = SC_OK;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            super.sendRedirect(location);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("a kept page is written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(bytes, charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            // the real length is set when the kept bytes are sent
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void resetBuffer() {
            if (writer != null) {
                writer.flush();
            }
            bytes.reset();
        }

        @Override
        public void reset() {
            resetBuffer();
            super.reset();
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
