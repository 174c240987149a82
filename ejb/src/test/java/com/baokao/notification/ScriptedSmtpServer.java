package com.baokao.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server for the failures a real one rarely shows on demand: one that never answers, one that refuses
 * every recipient, one that takes the message and then drops the connection instead of saying goodbye.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    enum Script {
        SILENT,
        REFUSE_RECIPIENTS,
        ACCEPT_THEN_HANG_UP
    }

    private final Script script;
    private final ServerSocket socket;
    private final Thread thread;
    /** Messages taken (DATA answered with 250). */
    final AtomicInteger accepted = new AtomicInteger();

    ScriptedSmtpServer(Script script) throws IOException {
        this.script = script;
        this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    String host() {
        return socket.getInetAddress().getHostAddress();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client went away: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        if (script == Script.SILENT) {
            // hold the connection without a greeting until the client gives up
            while (client.getInputStream().read() >= 0) {
                // discard
            }
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 scripted ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 scripted");
                case "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                case "RCPT" -> reply(out, script == Script.REFUSE_RECIPIENTS ? "550 5.1.1 No such user" : "250 OK");
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message
                    }
                    accepted.incrementAndGet();
                    reply(out, "250 OK queued");
                }
                case "QUIT" -> {
                    if (script == Script.ACCEPT_THEN_HANG_UP) {
                        client.setSoLinger(true, 0); // reset, no goodbye
                    } else {
                        reply(out, "221 bye");
                    }
                    return;
                }
                default -> reply(out, "500 5.5.1 command unrecognised"); // the reply a real server gives an unknown verb
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
