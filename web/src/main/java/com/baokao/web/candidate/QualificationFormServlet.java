package com.baokao.web.candidate;

import com.baokao.score.PostExamForms;
import com.baokao.web.LocaleView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /candidate/qualification-form/{applicationId}}: the post-exam qualification review form (考后资质审核表)
 * PDF of one of the caller's own applications, made on demand so it carries the current verification code; 409 with
 * the reason while it is not due.
 */
@WebServlet(urlPatterns = "/candidate/qualification-form/*")
public class QualificationFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    PostExamForms forms;

    @Inject
    LocaleView locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PdfDownload.serve(request, response, locale.getLocale(), "qualification-form-", forms::form);
    }
}
