package com.baokao.web.captcha;

import com.github.cage.Cage;
import com.github.cage.GCage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Draws the CAPTCHA picture (Cage library, self-hosted; no outside service) for a fresh answer. */
@WebServlet(urlPatterns = "/captcha.jpg")
public class CaptchaImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Cage CAGE = new GCage();

    @Inject
    CaptchaChallenge challenge;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession(true);
        byte[] image;
        synchronized (CAGE) { // Cage keeps a shared Random and Graphics settings
            image = CAGE.draw(challenge.next());
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(image.length);
        response.getOutputStream().write(image);
    }
}
