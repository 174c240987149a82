package com.baokao.web;

import com.baokao.catalogue.CatalogueQueries;
import com.baokao.catalogue.CatalogueViews.AttachmentFile;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /attachments/{id}}: a notice's attachment, as a download with its original (UTF-8) name.
 * Only attachments of published sessions are public; the content type is the one checked at upload.
 */
@WebServlet(urlPatterns = "/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    CatalogueQueries catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AttachmentFile> file = Optional.empty();
        java.util.OptionalLong id = PathIds.of(request);
        if (id.isPresent()) {
            file = catalogue.attachment(id.getAsLong());
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentFile f = file.get();
        response.setContentType(f.contentType());
        response.setContentLength(f.content().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(f.content());
    }
}
