package com.baokao.web.candidate;

import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * How a candidate's document (registration form, fee receipt, admission ticket) is sent: inline, never cached; 404
 * when there is none or it is another candidate's; 409 with the sentence saying why when it cannot be had yet.
 */
final class PdfDownload {

    private PdfDownload() {
    }

    /** Serves {@code /…/{applicationId}} with the document {@code source} makes for that id. */
    static void serve(HttpServletRequest request, HttpServletResponse response, Locale locale, String fileNamePrefix,
                      LongFunction<byte[]> source) throws IOException {
        OptionalLong id = com.baokao.web.PathIds.of(request);
        byte[] pdf = null;
        if (id.isPresent()) {
            try {
                pdf = source.apply(id.getAsLong());
            } catch (EJBAccessException e) {
                pdf = null;
            } catch (BaokaoException e) {
                byte[] text = UserMessages.format(locale, e).getBytes(StandardCharsets.UTF_8);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                response.setContentType("text/plain;charset=UTF-8");
                response.setContentLength(text.length);
                response.getOutputStream().write(text);
                return;
            }
        }
        send(response, pdf, fileNamePrefix + id.orElse(0) + ".pdf");
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
