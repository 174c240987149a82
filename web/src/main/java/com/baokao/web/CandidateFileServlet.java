package com.baokao.web;

import com.baokao.application.CandidateFiles;
import com.baokao.application.CandidateFiles.FileContent;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /files/{id}}: a candidate's photo or proof, for its owner and the staff allowed to see it (the
 * service decides and logs staff access). Others get 404, the same as for a file that does not exist; the
 * response is never stored by shared caches.
 */
@WebServlet(urlPatterns = "/files/*")
public class CandidateFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    CandidateFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FileContent> file = Optional.empty();
        java.util.OptionalLong id = PathIds.of(request);
        if (id.isPresent()) {
            try {
                file = files.open(id.getAsLong());
            } catch (EJBAccessException e) {
                file = Optional.empty();
            }
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileContent f = file.get();
        String etag = "\"" + f.sha256() + "\"";
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(f.contentType());
        response.setContentLength(f.content().length);
        response.getOutputStream().write(f.content());
    }
}
