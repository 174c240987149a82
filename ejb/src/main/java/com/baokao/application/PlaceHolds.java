package com.baokao.application;

import com.baokao.catalogue.ExamSite;
import com.baokao.catalogue.RegionTree;
import com.baokao.i18n.BaokaoException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Holds and releases an application's places (issue 18, {@link PlaceRule}). {@link ApplicationMoves} calls it at
 * every status change, in the same transaction: a place is taken by a conditional update of its count ("held &lt;
 * places"), which waits for a concurrent taker's commit and then sees its result, so no count is ever overbooked,
 * whatever the concurrency; a refusal rolls the whole submission back. Counts are taken in id order, so two
 * submissions never wait for each other crosswise.
 */
@Stateless
@PermitAll
public class PlaceHolds {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    /** Brings the application's holds in line with its status, site and subjects; refuses when a needed count is full. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void sync(Application application) {
        List<PlaceRule.Count> counts = countsOf(application.getSession().getId());
        if (counts.isEmpty()) {
            return; // no count in this session: nothing held, nothing to hold
        }
        Set<Long> wanted = new HashSet<>();
        Set<Long> subjects = Set.of();
        if (application.getStatus().holdsPlace() && application.getSite() != null) {
            subjects = satSubjects(application);
            PlaceRule.needed(counts, application.getSite().getId(), subjects).forEach(c -> wanted.add(c.id()));
        }
        Set<Long> held = heldBy(application.getId());
        for (Long count : held) {
            if (!wanted.contains(count)) {
                em.createNativeQuery("delete from place_hold where application_id = ?1 and places_id = ?2")
                        .setParameter(1, application.getId()).setParameter(2, count).executeUpdate();
                em.createNativeQuery("update site_places set held = held - 1 where id = ?1").setParameter(1, count)
                        .executeUpdate();
            }
        }
        Map<Long, PlaceRule.Count> byId = counts.stream().collect(Collectors.toMap(PlaceRule.Count::id, Function.identity()));
        for (Long count : wanted.stream().sorted().toList()) {
            if (held.contains(count)) {
                continue;
            }
            int taken = em.createNativeQuery("update site_places set held = held + 1 where id = ?1 and held < places")
                    .setParameter(1, count).executeUpdate();
            if (taken == 0) {
                throw full(application, byId.get(count), subjects);
            }
            em.createNativeQuery("insert into place_hold (application_id, places_id, held_at) values (?1, ?2, ?3)")
                    .setParameter(1, application.getId()).setParameter(2, count)
                    .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
        }
    }

    /** Places left per site of {@code siteIds} for these subjects; a site without a count is absent (it takes everyone). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Integer> placesLeft(long sessionId, List<Long> siteIds, Set<Long> subjectIds) {
        List<PlaceRule.Count> counts = countsOf(sessionId);
        Map<Long, Integer> left = new java.util.HashMap<>();
        for (Long site : siteIds) {
            Integer n = PlaceRule.left(counts, site, subjectIds);
            if (n != null) {
                left.put(site, n);
            }
        }
        return left;
    }

    /** The session's counts as they are committed now (a handful of rows per session). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PlaceRule.Count> countsOf(long sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, site_id, subject_id, places, held from site_places"
                + " where session_id = ?1").setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new PlaceRule.Count(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] == null ? null : ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue()))
                .toList();
    }

    private Set<Long> satSubjects(Application application) {
        return new HashSet<>(em.createQuery("select s.subject.id from ApplicationSubject s where s.application = :a"
                + " and s.carriedOver = false", Long.class).setParameter("a", application).getResultList());
    }

    private Set<Long> heldBy(long applicationId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select places_id from place_hold where application_id = ?1")
                .setParameter(1, applicationId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }

    /** "No places left at X; sites with places: Y, Z", from the counts as committed now. */
    private BaokaoException full(Application application, PlaceRule.Count count, Set<Long> subjects) {
        ExamSite site = application.getSite();
        List<ExamSite> area = em.createQuery("select s from ExamSite s where s.region.id in :area order by s.code",
                ExamSite.class).setParameter("area", RegionTree.below(em, Set.of(application.getRegion().getId())))
                .getResultList();
        List<Long> open = PlaceRule.sitesWithPlaces(countsOf(application.getSession().getId()),
                area.stream().map(ExamSite::getId).toList(), subjects);
        String others = area.stream().filter(s -> open.contains(s.getId()) && !s.getId().equals(site.getId()))
                .map(ExamSite::getName).collect(Collectors.joining(" / "));
        String where = site.getName();
        if (count.subjectId() != null) {
            where += " · " + em.find(com.baokao.catalogue.Subject.class, count.subjectId()).getName();
        }
        return others.isEmpty() ? BaokaoException.at("site", "application.site.fullEverywhere", where)
                : BaokaoException.at("site", "application.site.full", where, others);
    }
}
