package com.baokao.web.candidate;

import com.baokao.payment.Receipts;
import com.baokao.web.LocaleView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /candidate/receipt/{applicationId}}: the electronic fee receipt (报名费电子收据) PDF of one of the
 * caller's own paid applications. Another candidate's application is a 404; one with nothing to receipt yet
 * answers 409 with the sentence saying why, in the reader's language.
 */
@WebServlet(urlPatterns = "/candidate/receipt/*")
public class ReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Receipts receipts;

    @Inject
    LocaleView locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PdfDownload.serve(request, response, locale.getLocale(), "receipt-", receipts::pdf);
    }
}
