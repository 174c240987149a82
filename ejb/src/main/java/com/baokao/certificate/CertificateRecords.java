package com.baokao.certificate;

import com.baokao.account.Account;
import com.baokao.i18n.BaokaoException;
import com.baokao.seating.IssuedTicket;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;

/** Finding a session's issued certificate by what a courier's file or a desk has: number, ticket or ID number. */
final class CertificateRecords {

    private CertificateRecords() {
    }

    /** The certificate, or null when nothing of the session matches. */
    static IssuedCertificate find(EntityManager em, long sessionId, TrackingFile.KeyKind kind, String key) {
        String text = key == null ? "" : key.strip();
        if (text.isEmpty()) {
            return null;
        }
        Long applicationId = switch (kind) {
            case CERTIFICATE -> first(em.createQuery("select c.applicationId from IssuedCertificate c"
                    + " where c.certificateNumber = :k and c.sessionId = :s", Long.class)
                    .setParameter("k", text).setParameter("s", sessionId).getResultList());
            case TICKET -> first(em.createQuery("select t.applicationId from IssuedTicket t"
                    + " where t.ticketNumber = :k and t.sessionId = :s", Long.class)
                    .setParameter("k", text).setParameter("s", sessionId).getResultList());
            case ID_NUMBER -> first(em.createQuery("select a.id from Application a, Account p where p.id = a.accountId"
                    + " and p.idNumber = :k and a.session.id = :s", Long.class)
                    .setParameter("k", text.toUpperCase(Locale.ROOT)).setParameter("s", sessionId).getResultList());
        };
        return applicationId == null ? null : em.find(IssuedCertificate.class, applicationId);
    }

    /** A key typed at the desk or on the page: a certificate number, else a ticket number, else an ID number. */
    static IssuedCertificate typed(EntityManager em, long sessionId, String key) {
        for (TrackingFile.KeyKind kind : TrackingFile.KeyKind.values()) {
            IssuedCertificate found = find(em, sessionId, kind, key);
            if (found != null) {
                return found;
            }
        }
        throw BaokaoException.at("key", "certificate.key.unknown");
    }

    static String ticketOf(EntityManager em, long applicationId) {
        IssuedTicket ticket = em.find(IssuedTicket.class, applicationId);
        return ticket == null ? null : ticket.getTicketNumber();
    }

    static Account accountOf(EntityManager em, long applicationId) {
        return em.find(Account.class, em.find(com.baokao.application.Application.class, applicationId).getAccountId());
    }

    private static Long first(List<Long> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }
}
