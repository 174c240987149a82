package com.baokao.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

/**
 * A form post with a file larger than the pages take ({@value #MAX_FILE_MB} MB, web.xml's multipart-config) gets
 * a page saying so, instead of the container's refusal deep inside Faces. The body is read and dropped first, so
 * the browser sees the answer rather than a connection closed in mid-upload.
 */
@WebFilter(filterName = "UploadLimit", servletNames = "Faces Servlet")
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The largest file a page accepts; the same figure as web.xml's max-file-size. */
    public static final int MAX_FILE_MB = 10;

    /**
     * Checked on the whole form, whose length is known before it is read: a form this large holds a file too large
     * (the form's other fields are a few KB; web.xml's max-request-size leaves room for them).
     */
    static final long MAX_REQUEST_BYTES = MAX_FILE_MB * 1024L * 1024;

    /** Beyond this much, reading the body just to be polite costs more than a closed connection. */
    private static final long MAX_DRAINED_BYTES = 200L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        long length = request.getContentLengthLong();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                && length > MAX_REQUEST_BYTES) {
            if (length <= MAX_DRAINED_BYTES) {
                try (InputStream body = request.getInputStream()) {
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            // 303: the browser fetches the explanation with GET, and a reload does not post the file again
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", com.baokao.web.security.PublicAddress.redirectTarget(request,
                    request.getContextPath() + "/error/too-large.xhtml"));
            return;
        }
        chain.doFilter(request, response);
    }
}
