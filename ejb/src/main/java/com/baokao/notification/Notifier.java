package com.baokao.notification;

/**
 * Port for outbound messages to a person (e-mail now; SMS and push later). Callers hand a message over
 * inside their own transaction; it is delivered afterwards, so a slow or failing gateway never blocks or
 * undoes the business change, and a message is never lost because the change rolled back.
 */
public interface Notifier {

    void send(OutgoingMessage message);
}
