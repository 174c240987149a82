/**
 * Outbound messages: the {@link com.baokao.notification.Notifier} port, its transactional outbox, the
 * background sender, and the gateway that hands messages to the outside world: SMTP when
 * {@code baokao.mail.smtp.host} is configured, otherwise the server log (chosen by
 * {@link com.baokao.notification.MessageGateways}).
 */
package com.baokao.notification;
