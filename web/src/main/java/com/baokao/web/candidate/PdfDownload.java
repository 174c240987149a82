package com.baokao.web.candidate;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** How a candidate's document (registration form, fee receipt) is sent: inline, never cached, 404 when there is none. */
final class PdfDownload {

    private PdfDownload() {
    }

    static void send(HttpServletResponse response, byte[] pdf, String fileName) throws IOException {
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        response.getOutputStream().write(pdf);
    }
}
