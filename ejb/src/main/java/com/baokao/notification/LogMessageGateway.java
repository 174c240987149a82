package com.baokao.notification;

import java.util.logging.Logger;

/**
 * The console gateway, active when no SMTP server is configured (the demo): writes each message to the server log
 * (logger {@code baokao.outbox}), which is where the demo run shows password-reset codes.
 */
public class LogMessageGateway implements MessageGateway {

    private static final Logger LOG = Logger.getLogger("baokao.outbox");

    @Override
    public void deliver(String messageKey, OutgoingMessage message) {
        LOG.info(() -> "[outbox] " + message.channel() + " to " + message.recipient() + " | " + message.subject()
                + " | " + message.body());
    }

    @Override
    public String toString() {
        return "the server log (logger baokao.outbox; " + SmtpSettings.HOST + " is not set)";
    }
}
