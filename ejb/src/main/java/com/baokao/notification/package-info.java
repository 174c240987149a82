/**
 * Outbound messages: the {@link com.baokao.notification.Notifier} port, its transactional outbox, the
 * background sender, and the gateway that hands messages to the outside world.
 */
package com.baokao.notification;
