package com.baokao.web.candidate;

import com.baokao.seating.AdmissionTickets;
import com.baokao.web.LocaleView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /candidate/ticket/{applicationId}}: the admission ticket (准考证) PDF of one of the caller's own
 * applications, rendered from the stored seats; reprints are unlimited and identical. Outside the printing window,
 * or before seats are assigned, 409 with the sentence (and the window's dates) in the reader's language.
 */
@WebServlet(urlPatterns = "/candidate/ticket/*")
public class TicketServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    AdmissionTickets tickets;

    @Inject
    LocaleView locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PdfDownload.serve(request, response, locale.getLocale(), "admission-ticket-", tickets::pdf);
    }
}
