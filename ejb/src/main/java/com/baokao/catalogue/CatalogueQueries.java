package com.baokao.catalogue;

import com.baokao.catalogue.CatalogueViews.LevelView;
import com.baokao.catalogue.CatalogueViews.NoticeView;
import com.baokao.catalogue.CatalogueViews.OpenExam;
import com.baokao.catalogue.CatalogueViews.ProofRuleView;
import com.baokao.catalogue.CatalogueViews.RegionRow;
import com.baokao.catalogue.CatalogueViews.RegionRuleView;
import com.baokao.catalogue.CatalogueViews.RoomRow;
import com.baokao.catalogue.CatalogueViews.SessionDetail;
import com.baokao.catalogue.CatalogueViews.SessionRow;
import com.baokao.catalogue.CatalogueViews.SiteRow;
import com.baokao.catalogue.CatalogueViews.SittingView;
import com.baokao.catalogue.CatalogueViews.SpecialtyView;
import com.baokao.catalogue.CatalogueViews.SubjectView;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Read side of the catalogue. The public part needs no sign-in; the administrator's views need ADMIN. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogueQueries {

    private static final Map<String, String> SESSION_SORT = Map.of(
            "code", "s.code", "name", "s.name", "occupation", "s.occupation",
            "registrationOpens", "s.registrationOpensAt", "registrationCloses", "s.registrationClosesAt",
            "published", "s.published");

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /** Published sessions whose registration has not closed yet, soonest first, with their notices. */
    @PermitAll
    public List<OpenExam> openExams(Instant now) {
        return em.createNamedQuery(ExamSession.PUBLISHED_OPEN_OR_UPCOMING, ExamSession.class)
                .setParameter("now", now).getResultList().stream()
                .map(s -> new OpenExam(s.getId(), s.getCode(), s.getName(), s.getOccupation(),
                        s.calendar().registration().opensInShanghai(), s.calendar().registration().closesInShanghai(),
                        s.calendar().registration().phaseAt(now),
                        em.createQuery("select l.name from ExamLevel l where l.session = :s order by l.code", String.class)
                                .setParameter("s", s).getResultList(),
                        notices(s), s.isCancelled()))
                .toList();
    }

    @RolesAllowed("ADMIN")
    public List<SessionRow> sessions(int first, int max, String sortField, boolean ascending, String filter) {
        String order = SESSION_SORT.getOrDefault(sortField == null ? "" : sortField, "s.registrationOpensAt");
        TypedQuery<ExamSession> q = em.createQuery("select s from ExamSession s" + where(filter)
                + " order by " + order + (ascending ? " asc" : " desc") + ", s.id", ExamSession.class);
        bindFilter(q, filter);
        return q.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(s -> new SessionRow(s.getId(), s.getCode(), s.getName(), s.getOccupation(),
                        s.calendar().registration().opensInShanghai(), s.calendar().registration().closesInShanghai(),
                        s.isPublished(), em.createQuery("select count(x) from Subject x where x.level.session = :s", Long.class)
                        .setParameter("s", s).getSingleResult()))
                .toList();
    }

    @RolesAllowed("ADMIN")
    public long countSessions(String filter) {
        TypedQuery<Long> q = em.createQuery("select count(s) from ExamSession s" + where(filter), Long.class);
        bindFilter(q, filter);
        return q.getSingleResult();
    }

    private static String where(String filter) {
        return filter == null || filter.isBlank() ? ""
                : " where lower(s.code) like :f or lower(s.name) like :f or lower(s.occupation) like :f";
    }

    private static void bindFilter(TypedQuery<?> q, String filter) {
        if (filter != null && !filter.isBlank()) {
            q.setParameter("f", "%" + filter.strip().toLowerCase(Locale.ROOT) + "%");
        }
    }

    @RolesAllowed("ADMIN")
    public SessionDetail session(long sessionId) {
        ExamSession s = em.find(ExamSession.class, sessionId);
        if (s == null) {
            throw new BaokaoException("catalogue.not.found");
        }
        return detail(s);
    }

    /** A published session as anyone may read it (the phone client's catalogue); nothing for one not published. */
    @PermitAll
    public java.util.Optional<SessionDetail> publishedSession(long sessionId) {
        ExamSession s = em.find(ExamSession.class, sessionId);
        return s == null || !s.isPublished() ? java.util.Optional.empty() : java.util.Optional.of(detail(s));
    }

    private SessionDetail detail(ExamSession s) {
        ExamCalendar c = s.calendar();
        PhotoRule p = s.getPhotoRule();
        SessionForm form = new SessionForm(s.getCode(), s.getName(), s.getOccupation(),
                c.registration().opensInShanghai(), c.registration().closesInShanghai(), shanghai(c.resubmissionDeadline()),
                shanghai(c.confirmationDeadline()), shanghai(c.paymentDeadline()), c.ticketPrinting().opensInShanghai(),
                c.ticketPrinting().closesInShanghai(), shanghai(c.scoresReleasedAt()), s.isApprovedProfileRequired(),
                s.getScoreValidityYears(), p.getWidth(), p.getHeight(), p.isExactSize(), p.getMinKb(), p.getMaxKb(),
                p.getBackgrounds(), s.isPracticeNeedsFirstRegistration(), s.isResidencyTrainingDateRequired(),
                s.isWorkProofWaivedForMedical());
        Map<Long, List<SittingView>> sittings = sittings(s);
        List<LevelView> levels = em.createQuery("select l from ExamLevel l where l.session = :s order by l.code", ExamLevel.class)
                .setParameter("s", s).getResultList().stream()
                .map(l -> new LevelView(l.getId(), l.getCode(), l.getName(),
                        em.createQuery("select sp from Specialty sp where sp.level = :l order by sp.code", Specialty.class)
                                .setParameter("l", l).getResultList().stream()
                                .map(sp -> new SpecialtyView(sp.getId(), sp.getCode(), sp.getName())).toList(),
                        em.createQuery("select x from Subject x where x.level = :l order by x.startsAt, x.code", Subject.class)
                                .setParameter("l", l).getResultList().stream()
                                .map(x -> new SubjectView(x.getId(), x.getCode(), x.getName(),
                                        x.getSpecialty() == null ? null : x.getSpecialty().getName(), shanghai(x.getStartsAt()),
                                        x.getDurationMinutes(), x.isComputerBased(), x.getFeeFen(), x.isCancelled(),
                                        sittings.getOrDefault(x.getId(), List.of()))).toList(),
                        em.createQuery("select e.text from EligibilityCondition e where e.level = :l order by e.position", String.class)
                                .setParameter("l", l).getResultList()))
                .toList();
        List<RegionRuleView> rules = em.createQuery("select r from RegionRule r where r.session = :s order by r.region.code", RegionRule.class)
                .setParameter("s", s).getResultList().stream()
                .map(r -> new RegionRuleView(r.getRegion().getId(), r.getRegion().getName(), r.getReviewLevels(),
                        r.isReviewAfterExam(), r.getConfirmationMode(), r.isOnlinePayment(), r.getVersion())).toList();
        List<ProofRuleView> proofs = em.createQuery("select p from ProofRule p where p.session = :s order by p.kind", ProofRule.class)
                .setParameter("s", s).getResultList().stream()
                .map(r -> new ProofRuleView(r.getKind(), r.getMaxKb(), r.isRequired(), r.getVersion())).toList();
        return new SessionDetail(s.getId(), s.getVersion(), form, s.isPublished(), levels, rules, proofs, notices(s),
                s.isCancelled(), s.getExamDayRules());
    }

    /** The later sittings of each subject of the session, in order, with the seats given in each. */
    private Map<Long, List<SittingView>> sittings(ExamSession s) {
        Map<String, Long> seats = new HashMap<>();
        for (Object row : em.createNativeQuery("select subject_id, sitting, count(*) from seat_assignment where session_id = ?1"
                + " group by subject_id, sitting").setParameter(1, s.getId()).getResultList()) {
            Object[] r = (Object[]) row;
            seats.put(((Number) r[0]).longValue() + "/" + ((Number) r[1]).intValue(), ((Number) r[2]).longValue());
        }
        Map<Long, List<SubjectSitting>> bySubject = new LinkedHashMap<>();
        em.createQuery("select ss from SubjectSitting ss join fetch ss.subject where ss.subject.level.session = :s"
                        + " order by ss.subject.id, ss.sitting", SubjectSitting.class)
                .setParameter("s", s).getResultList()
                .forEach(ss -> bySubject.computeIfAbsent(ss.getSubject().getId(), k -> new ArrayList<>()).add(ss));
        Map<Long, List<SittingView>> views = new HashMap<>();
        bySubject.forEach((subjectId, list) -> views.put(subjectId, list.stream()
                .map(ss -> new SittingView(ss.getId(), ss.getSitting(), shanghai(ss.getStartsAt()),
                        shanghai(ss.getStartsAt().plusSeconds(60L * ss.getSubject().getDurationMinutes())),
                        seats.getOrDefault(subjectId + "/" + ss.getSitting(), 0L), ss == list.get(list.size() - 1)))
                .toList()));
        return views;
    }

    @PermitAll
    public List<RegionRow> regions() {
        return em.createQuery("select r from Region r left join fetch r.parent order by r.code", Region.class).getResultList().stream()
                .map(r -> new RegionRow(r.getId(), r.getCode(), r.getName(),
                        r.getParent() == null ? null : r.getParent().getId(),
                        r.getParent() == null ? null : r.getParent().getName()))
                .toList();
    }

    @PermitAll
    public List<CatalogueViews.ReviewPointRow> reviewPoints() {
        return em.createQuery("select p from ReviewPoint p join fetch p.region order by p.name", ReviewPoint.class)
                .getResultList().stream()
                .map(p -> new CatalogueViews.ReviewPointRow(p.getId(), p.getName(), p.getRegion().getName()))
                .toList();
    }

    @PermitAll
    public List<SiteRow> sites() {
        List<Room> rooms = em.createQuery("select r from Room r join fetch r.site order by r.name", Room.class).getResultList();
        return em.createQuery("select s from ExamSite s join fetch s.region order by s.code", ExamSite.class).getResultList().stream()
                .map(s -> new SiteRow(s.getId(), s.getCode(), s.getName(), s.getAddress(), s.getRegion().getId(),
                        s.getRegion().getName(), s.isRegistrationPoint(), s.getVersion(),
                        rooms.stream().filter(r -> r.getSite().getId().equals(s.getId()))
                                .map(r -> new RoomRow(r.getId(), r.getName(), r.getCapacity(), r.isComputerRoom(), r.getVersion()))
                                .toList()))
                .toList();
    }

    /**
     * An attachment for download: anyone may have those of published sessions; administrators also those of
     * sessions not yet published.
     */
    @PermitAll
    public java.util.Optional<CatalogueViews.AttachmentFile> attachment(long attachmentId) {
        NoticeAttachment a = em.find(NoticeAttachment.class, attachmentId);
        if (a == null || a.getNotice().getPublishedAt() == null
                || !(a.getNotice().getSession().isPublished() || context.isCallerInRole("ADMIN"))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CatalogueViews.AttachmentFile(a.getFileName(), a.getContentType(), a.getContent()));
    }

    private List<NoticeView> notices(ExamSession s) {
        return em.createQuery("select n from Notice n where n.session = :s and n.publishedAt is not null"
                        + " order by n.publishedAt desc", Notice.class)
                .setParameter("s", s).getResultList().stream()
                .map(n -> new NoticeView(n.getId(), n.getTitle(), n.getBodyHtml(), shanghai(n.getPublishedAt()),
                        em.createQuery("select a.id, a.fileName, a.sizeBytes from NoticeAttachment a where a.notice = :n"
                                        + " order by a.id", Object[].class)
                                .setParameter("n", n).getResultList().stream()
                                .map(r -> new CatalogueViews.AttachmentView((Long) r[0], (String) r[1], (Long) r[2])).toList()))
                .toList();
    }

    private static LocalDateTime shanghai(Instant instant) {
        return LocalDateTime.ofInstant(instant, BusinessTime.ZONE);
    }
}
