package com.baokao.web.admin;

import com.baokao.certificate.PostalDeliveries;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.web.LocaleView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/** {@code GET /admin/postal-list/{sessionId}}: the session's postal list as the courier's XLSX (administrators only). */
@WebServlet(urlPatterns = "/admin/postal-list/*")
public class PostalListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    PostalDeliveries deliveries;

    @Inject
    LocaleView locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = com.baokao.web.PathIds.of(request);
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] workbook;
        try {
            workbook = deliveries.postalWorkbook(id.getAsLong());
        } catch (BaokaoException e) {
            byte[] text = UserMessages.format(locale.getLocale(), e).getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(text);
            return;
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"postal-list-" + id.getAsLong() + ".xlsx\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(workbook.length);
        response.getOutputStream().write(workbook);
    }
}
