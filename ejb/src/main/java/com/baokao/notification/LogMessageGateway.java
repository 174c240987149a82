package com.baokao.notification;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.logging.Logger;

/**
 * The first gateway: writes each message to the server log (logger {@code baokao.outbox}), which is
 * where the demo run shows password-reset codes. A real e-mail or SMS gateway replaces this class.
 */
@ApplicationScoped
public class LogMessageGateway implements MessageGateway {

    private static final Logger LOG = Logger.getLogger("baokao.outbox");

    @Override
    public void deliver(OutgoingMessage message) {
        LOG.info(() -> "[outbox] " + message.channel() + " to " + message.recipient() + " | " + message.subject()
                + " | " + message.body());
    }
}
