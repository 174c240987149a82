package com.baokao.web.staff;

import com.baokao.i18n.BaokaoException;
import com.baokao.seating.SignInSheets;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * {@code GET /staff/sheet/{sessionId}/{roomId}/{sitting start, epoch ms}}: a stored sign-in sheet PDF. A room of a
 * site outside the caller's reach is a 404, like a sheet that does not exist.
 */
@WebServlet(urlPatterns = "/staff/sheet/*")
public class SignInSheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    SignInSheets sheets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String[] parts = path == null ? new String[0] : path.substring(1).split("/");
        byte[] pdf = null;
        if (parts.length == 3 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")
                && parts[2].matches("\\d{1,18}")) {
            try {
                pdf = sheets.pdf(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                        Instant.ofEpochMilli(Long.parseLong(parts[2])));
            } catch (BaokaoException | EJBAccessException e) {
                pdf = null;
            }
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "inline; filename=\"sign-in-sheet-" + parts[1] + "-" + parts[2] + ".pdf\"");
        response.getOutputStream().write(pdf);
    }
}
