package com.baokao.web.captcha;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Draws the CAPTCHA picture for a fresh answer, kept in the session ({@link CaptchaChallenge}). */
@WebServlet(urlPatterns = "/captcha.jpg")
public class CaptchaImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CaptchaChallenge challenge;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession(true);
        byte[] image = CaptchaPictures.jpeg(challenge.next());
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(image.length);
        response.getOutputStream().write(image);
    }
}
