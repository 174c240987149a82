package com.baokao.application;

import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ExamSession;
import com.baokao.catalogue.ExamSite;
import com.baokao.catalogue.RegionTree;
import com.baokao.catalogue.Subject;
import com.baokao.i18n.BaokaoException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrator's places per site for a session (issue 18): a number for a whole site, or for one subject at a
 * site. A new number counts the applications that already hold a place there (submitted and not withdrawn, refused
 * or abandoned), so it can never start overbooked; a number below what is held is refused with the figure.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SitePlacesAdmin {

    /** One line of the places page: a site, or a subject at a site, with its number (null: not limited). */
    public record PlacesLine(long siteId, String siteCode, String siteName, Long subjectId, String subjectName,
                             Integer places, int held, int seats) {
    }

    /** A subject of the session, to choose from when giving a subject its own number. */
    public record SubjectChoice(long id, String label) {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    @EJB
    PlaceHolds holds;

    @jakarta.annotation.Resource(lookup = com.baokao.platform.Database.DATASOURCE)
    javax.sql.DataSource dataSource;

    /** Every site of the session's regions (whole site first), then every subject number already given. */
    public List<PlacesLine> linesOf(long sessionId) {
        ExamSession session = session(sessionId);
        List<PlaceRule.Count> counts = holds.countsOf(sessionId);
        List<PlacesLine> lines = new ArrayList<>();
        for (ExamSite site : sitesOf(session)) {
            int seats = em.createQuery("select coalesce(sum(r.capacity), 0) from Room r where r.site = :s", Number.class)
                    .setParameter("s", site).getSingleResult().intValue();
            PlaceRule.Count whole = counts.stream().filter(c -> c.siteId() == site.getId() && c.subjectId() == null)
                    .findFirst().orElse(null);
            lines.add(new PlacesLine(site.getId(), site.getCode(), site.getName(), null, null,
                    whole == null ? null : whole.places(), whole == null ? 0 : whole.held(), seats));
            for (PlaceRule.Count c : counts) {
                if (c.siteId() == site.getId() && c.subjectId() != null) {
                    Subject subject = em.find(Subject.class, c.subjectId());
                    lines.add(new PlacesLine(site.getId(), site.getCode(), site.getName(), subject.getId(),
                            subject.getCode() + " " + subject.getName(), c.places(), c.held(), seats));
                }
            }
        }
        return lines;
    }

    public List<SubjectChoice> subjectsOf(long sessionId) {
        return em.createQuery("select s from Subject s where s.level.session.id = :s order by s.code", Subject.class)
                .setParameter("s", sessionId).getResultList().stream()
                .map(s -> new SubjectChoice(s.getId(), s.getCode() + " " + s.getName())).toList();
    }

    /**
     * Gives the site (or the subject at the site) {@code places}; null takes the number away (the site then takes
     * everyone again).
     */
    public void setPlaces(long sessionId, long siteId, Long subjectId, Integer places) {
        ExamSession session = session(sessionId);
        ExamSite site = sitesOf(session).stream().filter(s -> s.getId() == siteId).findFirst()
                .orElseThrow(() -> BaokaoException.at("site", "places.site.notInSession"));
        Subject subject = subjectId == null ? null : em.createQuery("select s from Subject s where s.id = :id"
                        + " and s.level.session = :session", Subject.class).setParameter("id", subjectId)
                .setParameter("session", session).getResultStream().findFirst()
                .orElseThrow(() -> BaokaoException.at("subject", "places.subject.notInSession"));
        if (places != null && (places < 0 || places > 1_000_000)) {
            throw BaokaoException.at("places", "places.number.invalid");
        }
        long subjectKey = subject == null ? 0 : subject.getId();
        String what = site.getCode() + (subject == null ? "" : " / " + subject.getCode());
        // the row lock: a concurrent submission's hold waits until the new number is in
        List<?> existing = em.createNativeQuery("select id, held, places from site_places where session_id = ?1"
                        + " and site_id = ?2 and subject_key = ?3 for update").setParameter(1, sessionId).setParameter(2, siteId)
                .setParameter(3, subjectKey).getResultList();
        if (existing.isEmpty()) {
            if (places == null) {
                return;
            }
            create(session, site, subject, subjectKey, places, what);
            return;
        }
        Object[] row = (Object[]) existing.get(0);
        long id = ((Number) row[0]).longValue();
        int held = ((Number) row[1]).intValue();
        if (places == null) {
            em.createNativeQuery("delete from place_hold where places_id = ?1").setParameter(1, id).executeUpdate();
            em.createNativeQuery("delete from site_places where id = ?1").setParameter(1, id).executeUpdate();
            audit.record("places.removed", "ExamSession", sessionId, what + ": no longer limited (" + held + " held)");
            return;
        }
        if (places < held) {
            throw BaokaoException.at("places", "places.belowHeld", held);
        }
        em.createNativeQuery("update site_places set places = ?1 where id = ?2").setParameter(1, places).setParameter(2, id)
                .executeUpdate();
        audit.record("places.changed", "ExamSession", sessionId, what + ": " + row[2] + " -> " + places + " (" + held + " held)");
    }

    private void create(ExamSession session, ExamSite site, Subject subject, long subjectKey, int places, String what) {
        // the applications that already hold a place there: submitted (from then on) and not released
        List<ApplicationStatus> holding = java.util.Arrays.stream(ApplicationStatus.values())
                .filter(ApplicationStatus::holdsPlace).toList();
        List<Long> holders = subject == null
                ? em.createQuery("select a.id from Application a where a.session = :s and a.site = :site"
                        + " and a.status in :holding", Long.class).setParameter("s", session).setParameter("site", site)
                .setParameter("holding", holding).getResultList()
                : em.createQuery("select distinct x.application.id from ApplicationSubject x where x.subject = :subject"
                        + " and x.carriedOver = false and x.application.site = :site and x.application.status in :holding",
                        Long.class).setParameter("subject", subject).setParameter("site", site)
                .setParameter("holding", holding).getResultList();
        if (holders.size() > places) {
            throw BaokaoException.at("places", "places.belowHeld", holders.size());
        }
        long id = com.baokao.platform.Database.nextValue(em, dataSource, "site_places_seq");
        // without a subject the column is left out (a bound null has no type on PostgreSQL)
        jakarta.persistence.Query insert = em.createNativeQuery("insert into site_places (id, session_id, site_id, subject_key, places, held"
                        + (subject == null ? ")" : ", subject_id)") + " values (?1, ?2, ?3, ?4, ?5, ?6"
                        + (subject == null ? ")" : ", ?7)")).setParameter(1, id).setParameter(2, session.getId())
                .setParameter(3, site.getId()).setParameter(4, subjectKey).setParameter(5, places)
                .setParameter(6, holders.size());
        if (subject != null) {
            insert.setParameter(7, subject.getId());
        }
        insert.executeUpdate();
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        for (Long application : holders) {
            em.createNativeQuery("insert into place_hold (application_id, places_id, held_at) values (?1, ?2, ?3)")
                    .setParameter(1, application).setParameter(2, id).setParameter(3, now).executeUpdate();
        }
        audit.record("places.set", "ExamSession", session.getId(), what + ": " + places + " places (" + holders.size()
                + " already held)");
    }

    private ExamSession session(long sessionId) {
        ExamSession session = em.find(ExamSession.class, sessionId);
        if (session == null) {
            throw new BaokaoException("places.session.notFound");
        }
        return session;
    }

    /** The sites of the regions the session is offered in (and their districts), by code. */
    private List<ExamSite> sitesOf(ExamSession session) {
        Set<Long> regions = new HashSet<>(em.createQuery("select r.region.id from RegionRule r where r.session = :s",
                Long.class).setParameter("s", session).getResultList());
        if (regions.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from ExamSite s where s.region.id in :area order by s.code", ExamSite.class)
                .setParameter("area", RegionTree.below(em, regions)).getResultList().stream()
                .collect(Collectors.toList());
    }
}
