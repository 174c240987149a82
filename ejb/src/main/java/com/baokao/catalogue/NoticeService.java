package com.baokao.catalogue;

import com.baokao.audit.AuditTrail;
import com.baokao.i18n.BaokaoException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * The administrator's announcements of a session: notices, their HTML sanitised so no script reaches a reader,
 * and attachments checked by what the file really is.
 * <p>
 * Every change is checked, refused with a sentence when it would break what exists, and written to the audit trail in
 * the same transaction. What a form gives is checked all at once, so one refusal names every field to correct. Only
 * ADMIN may call it; reading is {@link CatalogueQueries}.
 */
@Stateless
@RolesAllowed("ADMIN")
public class NoticeService {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    /** Publishes an announcement; its HTML is sanitised first, so no script can reach a reader. */
    public long publishNotice(long sessionId, String title, String html, Instant now) {
        Notice notice = new Notice(CatalogueRows.find(em, ExamSession.class, sessionId));
        notice.setTitle(CatalogueRows.requireText("title", title, 200));
        String clean = NoticeSanitizer.clean(html);
        if (clean.isBlank()) {
            throw BaokaoException.at("body", "notice.body.required");
        }
        notice.setBodyHtml(clean);
        notice.setPublishedAt(now);
        em.persist(notice);
        em.flush();
        audit.record("notice.published", "ExamSession", sessionId, notice.getTitle());
        return notice.getId();
    }

    /** Attaches a file (schedule, site list) to a notice, after checking what the file really is. */
    public long attach(long noticeId, String fileName, byte[] content) {
        Notice notice = CatalogueRows.find(em, Notice.class, noticeId);
        AttachmentType.Checked checked = AttachmentType.check(fileName, content);
        NoticeAttachment attachment = new NoticeAttachment(notice, checked.fileName(), checked.contentType(), content);
        em.persist(attachment);
        em.flush();
        audit.record("notice.attachment.added", "ExamSession", notice.getSession().getId(),
                notice.getTitle() + ": " + checked.fileName() + " (" + content.length + " bytes)");
        return attachment.getId();
    }
}
