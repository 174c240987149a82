package com.baokao.web.candidate;

import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.payment.Receipts;
import com.baokao.web.LocaleView;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
        java.util.OptionalLong id = com.baokao.web.PathIds.of(request);
        byte[] pdf = null;
        if (id.isPresent()) {
            try {
                pdf = receipts.pdf(id.getAsLong());
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
        PdfDownload.send(response, pdf, "receipt-" + id.orElse(0) + ".pdf");
    }
}
