package com.baokao.inbox;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One notice in a candidate's in-app inbox. Kept as a message key with arguments, so each reader sees it in
 * their own language; the e-mail copy goes through the outbox.
 */
@Entity
@Table(name = "inbox_message")
@NamedQuery(name = InboxMessage.OF_ACCOUNT,
        query = "select m from InboxMessage m where m.accountId = :account order by m.createdAt desc, m.id desc")
@NamedQuery(name = InboxMessage.UNREAD,
        query = "select count(m) from InboxMessage m where m.accountId = :account and m.readAt is null")
public class InboxMessage {

    public static final String OF_ACCOUNT = "InboxMessage.ofAccount";
    public static final String UNREAD = "InboxMessage.unread";
    /** Separates arguments in one column; it never occurs in names, exam titles or dates. */
    private static final String SEPARATOR = "\u001f";

    @Id
    @SequenceGenerator(name = "inbox_message_seq", sequenceName = "inbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_message_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "args", nullable = false)
    private String args;

    @Column(name = "link")
    private String link;

    @Column(name = "dedupe_key")
    private String dedupeKey;

    protected InboxMessage() {
    }

    InboxMessage(long accountId, Instant createdAt, String messageKey, List<String> args, String link, String dedupeKey) {
        this.accountId = accountId;
        this.createdAt = createdAt;
        this.messageKey = messageKey;
        this.args = String.join(SEPARATOR, args.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList());
        this.link = link;
        this.dedupeKey = dedupeKey;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArgs() {
        return args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }
}
