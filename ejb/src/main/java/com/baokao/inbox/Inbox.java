package com.baokao.inbox;

import com.baokao.i18n.UserMessages;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** The signed-in candidate's inbox: unread count for the header, the notices newest first, marking read. */
@Stateless
@RolesAllowed("CANDIDATE")
public class Inbox {

    public record Notice(long id, LocalDateTime at, String title, String body, String link, boolean unread)
            implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    public long unreadCount() {
        return em.createNamedQuery(InboxMessage.UNREAD, Long.class)
                .setParameter("account", Caller.accountId(context)).getSingleResult();
    }

    public List<Notice> latest(int first, int max, Locale locale) {
        return em.createNamedQuery(InboxMessage.OF_ACCOUNT, InboxMessage.class)
                .setParameter("account", Caller.accountId(context)).setFirstResult(first).setMaxResults(max)
                .getResultList().stream().map(m -> {
                    Object[] args = m.getArgs().toArray();
                    return new Notice(m.getId(), LocalDateTime.ofInstant(m.getCreatedAt(), BusinessTime.ZONE),
                            UserMessages.format(locale, m.getMessageKey() + ".title", args),
                            UserMessages.format(locale, m.getMessageKey() + ".body", args), m.getLink(), m.getReadAt() == null);
                }).toList();
    }

    public long count() {
        return em.createQuery("select count(m) from InboxMessage m where m.accountId = :account", Long.class)
                .setParameter("account", Caller.accountId(context)).getSingleResult();
    }

    /** Marks one of the caller's notices read; someone else's id changes nothing. */
    public void markRead(long id) {
        InboxMessage message = em.find(InboxMessage.class, id);
        if (message != null && message.getAccountId() == Caller.accountId(context)) {
            message.read(clock.instant());
        }
    }

    public int markAllRead() {
        // entity by entity: the instant converter applies to attributes, not to bulk-update parameters
        List<InboxMessage> unread = em.createQuery("select m from InboxMessage m where m.accountId = :account"
                + " and m.readAt is null", InboxMessage.class).setParameter("account", Caller.accountId(context)).getResultList();
        unread.forEach(m -> m.read(clock.instant()));
        return unread.size();
    }
}
