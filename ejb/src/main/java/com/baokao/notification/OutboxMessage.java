package com.baokao.notification;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A message waiting for delivery (the transactional outbox), and what became of it. */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.DUE,
        query = "select m.id from OutboxMessage m where m.status = com.baokao.notification.OutboxMessage.Status.PENDING"
                + " and m.nextAttemptAt <= :now order by m.id")
public class OutboxMessage {

    public static final String DUE = "OutboxMessage.due";
    public static final int MAX_ATTEMPTS = 8;

    public enum Status {
        PENDING,
        SENDING,
        SENT,
        FAILED
    }

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private OutgoingMessage.Channel channel;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Convert(converter = InstantConverter.class)
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMessage() {
    }

    OutboxMessage(OutgoingMessage message, Instant now) {
        this.channel = message.channel();
        this.recipient = message.recipient();
        this.subject = message.subject();
        this.body = message.body();
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** Retries with a growing pause (30 s, 1 min, 2 min ...) and gives up after {@link #MAX_ATTEMPTS}. */
    void failed(Instant now, String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            nextAttemptAt = now.plus(Duration.ofSeconds(30L << (attempts - 1)));
        }
    }

    /**
     * Names this message for the gateway, the same on every attempt: its id, and its creation time so that ids
     * reused after a database is set up anew never name two different messages alike.
     */
    public String messageKey() {
        return "outbox." + id + "." + createdAt.toEpochMilli();
    }

    public OutgoingMessage toOutgoing() {
        return new OutgoingMessage(channel, recipient, subject, body);
    }

    public Long getId() {
        return id;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }
}
