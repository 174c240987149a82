package com.baokao.inbox;

import com.baokao.account.Account;
import com.baokao.i18n.UserMessages;
import com.baokao.notification.Notifier;
import com.baokao.notification.OutgoingMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Tells a candidate that something happened (a status change) or is due (a deadline reminder): a notice in the
 * in-app inbox and an e-mail through the outbox, both in the caller's transaction, so a notice exists exactly
 * when the change it reports was committed. A dedupe key makes a notice idempotent (a reminder job run twice
 * sends it once).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CandidateNotices {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    Notifier notifier;

    @Inject
    Clock clock;

    /**
     * Title and body come from {@code key + ".title"} and {@code key + ".body"} in the user messages. Returns false
     * when a notice with the same dedupe key was sent before (nothing is sent again).
     */
    public boolean tell(long accountId, String key, String link, String dedupeKey, List<String> args) {
        if (dedupeKey != null && !em.createQuery("select m.id from InboxMessage m where m.dedupeKey = :k", Long.class)
                .setParameter("k", dedupeKey).setMaxResults(1).getResultList().isEmpty()) {
            return false;
        }
        em.persist(new InboxMessage(accountId, clock.instant(), key, args, link, dedupeKey));
        Account account = em.find(Account.class, accountId);
        if (account != null && account.getEmail() != null && !account.getEmail().isBlank()) {
            Object[] values = args.toArray();
            // the e-mail carries both languages: we do not know which one the candidate reads it in
            String subject = UserMessages.format(Locale.SIMPLIFIED_CHINESE, key + ".title", values)
                    + " / " + UserMessages.format(Locale.ENGLISH, key + ".title", values);
            String body = UserMessages.format(Locale.SIMPLIFIED_CHINESE, key + ".body", values)
                    + "\n\n" + UserMessages.format(Locale.ENGLISH, key + ".body", values);
            notifier.send(OutgoingMessage.email(account.getEmail(), subject, body));
        }
        return true;
    }
}
