package com.baokao.notification;

/**
 * Hands one message to the outside world (an SMTP server, an SMS provider). Throws when it could not;
 * the outbox then retries later. Exactly one implementation is active.
 */
public interface MessageGateway {

    void deliver(OutgoingMessage message) throws Exception;
}
