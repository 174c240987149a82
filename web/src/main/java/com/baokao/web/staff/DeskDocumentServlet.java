package com.baokao.web.staff;

import com.baokao.desk.WalkInDesk;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.web.LocaleView;
import com.baokao.web.PathIds;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * {@code GET /staff/desk/receipt/{applicationId}} and {@code /staff/desk/ticket/{applicationId}}: the fee receipt and the
 * admission ticket printed at the walk-in desk, the same PDFs the candidate downloads. Another point's application is
 * a 404; one with nothing to print yet answers 409 with the sentence saying why. {@code /staff/desk/takings?day=yyyy-MM-dd}
 * (default today): the desk's end-of-day cash report as XLSX. {@code /staff/desk/pledge?account=&session=}: the integrity
 * pledge with the candidate's data, to sign on paper.
 */
@WebServlet(urlPatterns = {"/staff/desk/receipt/*", "/staff/desk/ticket/*", "/staff/desk/takings", "/staff/desk/pledge"})
public class DeskDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    WalkInDesk desk;

    @Inject
    LocaleView locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/pledge")) {
            byte[] pdf;
            try {
                pdf = desk.pledgePdf(Long.parseLong(request.getParameter("account")), Long.parseLong(request.getParameter("session")));
            } catch (NumberFormatException | BaokaoException | EJBAccessException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("application/pdf");
            response.setContentLength(pdf.length);
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Disposition", "inline; filename=\"pledge.pdf\"");
            response.getOutputStream().write(pdf);
            return;
        }
        if (request.getServletPath().endsWith("/takings")) {
            takings(request, response);
            return;
        }
        boolean ticket = request.getServletPath().endsWith("/ticket");
        OptionalLong id = PathIds.of(request);
        byte[] pdf = null;
        if (id.isPresent()) {
            try {
                pdf = ticket ? desk.ticket(id.getAsLong()) : desk.receipt(id.getAsLong());
            } catch (EJBAccessException e) {
                pdf = null;
            } catch (BaokaoException e) {
                byte[] text = UserMessages.format(locale.getLocale(), e).getBytes(StandardCharsets.UTF_8);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                response.setContentType("text/plain;charset=UTF-8");
                response.setContentLength(text.length);
                response.getOutputStream().write(text);
                return;
            }
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "inline; filename=\"" + (ticket ? "ticket-" : "receipt-")
                + id.getAsLong() + ".pdf\"");
        response.getOutputStream().write(pdf);
    }

    private void takings(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.time.LocalDate day;
        try {
            String typed = request.getParameter("day");
            day = typed == null || typed.isBlank() ? java.time.LocalDate.now(com.baokao.platform.BusinessTime.ZONE)
                    : java.time.LocalDate.parse(typed);
        } catch (java.time.format.DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        byte[] xlsx;
        try {
            xlsx = desk.takingsWorkbook(day);
        } catch (BaokaoException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setContentLength(xlsx.length);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"desk-takings-" + day + ".xlsx\"");
        response.getOutputStream().write(xlsx);
    }
}
