package com.baokao.notification;

/**
 * Hands one message to the outside world (an SMTP server, an SMS provider). Throws when it could not; the outbox
 * then retries later. Exactly one implementation is active, chosen by {@link MessageGateways}.
 */
public interface MessageGateway {

    /**
     * @param messageKey the same on every attempt at one outbox message and different for every other message: a
     *                   gateway passes it on where the receiving side can recognise a repeated message (SMTP's
     *                   Message-ID). Letters, digits, dots, dashes and underscores only.
     */
    void deliver(String messageKey, OutgoingMessage message) throws Exception;
}
