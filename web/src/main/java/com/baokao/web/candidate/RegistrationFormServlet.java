package com.baokao.web.candidate;

import com.baokao.application.ApplicationQueries;
import com.baokao.web.LocaleView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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

    @Inject
    LocaleView locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PdfDownload.serve(request, response, locale.getLocale(), "registration-form-", applicationQueries::registrationForm);
    }
}
