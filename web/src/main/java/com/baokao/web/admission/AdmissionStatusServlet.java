package com.baokao.web.admission;

import com.baokao.admission.WaitingRoom;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * {@code GET /api/admission}: the waiting room's numbers for monitoring, public and without anyone's data:
 * whether it is on, the capacity, passes held, visitors waiting, passes freed per second lately, and the wait a
 * newcomer would be told. {@code PUT} changes the capacity and idle time at run time, only when
 * {@code baokao.admission.test-key} is configured and the request names it in {@value #TEST_KEY_HEADER} (for
 * automated tests; parameters {@code capacity}, {@code idleSeconds}, {@code frontHeld}, {@code holdMillis},
 * {@code reset=true}, or {@code restore=true} for
 * the configured settings and an empty room).
 */
@WebServlet(name = "AdmissionStatus", urlPatterns = "/api/admission")
public class AdmissionStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEST_KEY_HEADER = "X-Baokao-Test-Key";

    @Inject
    transient AdmissionGate gate;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WaitingRoom.Snapshot room = gate.room().snapshot();
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/json");
        response.getWriter().write(Json.createObjectBuilder()
                .add("on", room.on())
                .add("capacity", room.capacity())
                .add("admitted", room.admitted())
                .add("waiting", room.waiting())
                .add("passesFreedPerSecond", Math.round(room.passesFreedPerSecond() * 1000) / 1000.0)
                .add("estimatedWaitSeconds", room.estimatedWait().toSeconds())
                .add("idleSeconds", gate.room().settings().idle().toSeconds())
                .add("frontHeld", gate.room().settings().frontHeld())
                .add("holdMillis", gate.room().settings().hold().toMillis())
                .build().toString());
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.testControlConfigured() || !gate.testControlAllowed(request.getHeader(TEST_KEY_HEADER))) {
            response.setHeader("Allow", "GET");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        WaitingRoom room = gate.room();
        if ("true".equals(request.getParameter("restore"))) {
            room.reconfigure(AdmissionGate.configured());
            room.reset();
        } else {
            WaitingRoom.Settings now = room.settings();
            int capacity = intParameter(request, "capacity", now.capacity());
            long idle = intParameter(request, "idleSeconds", (int) now.idle().toSeconds());
            int frontHeld = intParameter(request, "frontHeld", now.frontHeld());
            int holdMillis = intParameter(request, "holdMillis", (int) now.hold().toMillis());
            room.reconfigure(AdmissionGate.settings(capacity, Duration.ofSeconds(Math.max(1, idle)), frontHeld, holdMillis));
            if ("true".equals(request.getParameter("reset"))) {
                room.reset();
            }
        }
        doGet(request, response);
    }

    private static int intParameter(HttpServletRequest request, String name, int otherwise) {
        String value = request.getParameter(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
