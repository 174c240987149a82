package com.baokao.web.candidate;

import com.baokao.application.ApplicationQueries;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /candidate/form/{applicationId}}: the registration form (报名表) PDF of one of the caller's own
 * applications, made on demand so it always carries the current verification code.
 */
@WebServlet(urlPatterns = "/candidate/form/*")
public class RegistrationFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ApplicationQueries applicationQueries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.util.OptionalLong id = com.baokao.web.PathIds.of(request);
        byte[] pdf = null;
        if (id.isPresent()) {
            try {
                pdf = applicationQueries.registrationForm(id.getAsLong());
            } catch (EJBAccessException e) {
                pdf = null;
            }
        }
        PdfDownload.send(response, pdf, "registration-form-" + id.orElse(0) + ".pdf");
    }
}
