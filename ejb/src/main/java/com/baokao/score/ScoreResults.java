package com.baokao.score;

import com.baokao.catalogue.ExamSession;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.Caller;
import com.baokao.staff.Reach;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Results of one exam session for staff: per exam site and per subject, how many have scores, how many passed, the
 * pass rate and the average, and the distribution of each subject's scores in 10-point bands
 * ({@link ResultFigures}). Everything is counted by the database (GROUP BY over {@code score_record} joined to its
 * application), so a session of a million scores reads a few hundred rows; and within the caller's {@link Reach}:
 * a reviewer sees the sites and regions they answer for, once the scores are released; administrators see every
 * session, released or not (marked so), since they check the figures before releasing them.
 * <p>
 * Only imported scores count (those of the session's applications); results from before Baokao have no session.
 * A voided score (failed post-exam review) stays in the average and the distribution (it was the mark given) but
 * is never a pass.
 */
@Stateless
@RolesAllowed({"REVIEWER", "ADMIN"})
public class ScoreResults {

    private static final Comparator<Object> PINYIN = Collator.getInstance(Locale.CHINA);

    /** A session that has scores; {@code released}: candidates can see them. */
    public record SessionOption(long id, String code, String name, boolean released) implements Serializable {
    }

    /**
     * One line of the report. Per site a candidate (application) counts once and has passed when every subject
     * scored is a pass and none is void; per subject each candidate's score counts.
     *
     * @param code     the site's or subject's code; null for candidates without a site
     * @param passRate percent, one decimal; null for nobody
     * @param average  of the scores, two decimals; null for none
     * @param voided   candidates (per site) or scores (per subject) voided by a failed post-exam review
     */
    public record Line(String code, String name, long candidates, long passed, BigDecimal passRate, BigDecimal average,
                       long voided) implements Serializable {
    }

    /** One subject's scores in bands: {@code counts.get(i)} scores in {@link ResultFigures#bandLabel(int) band i}. */
    public record Distribution(String subjectCode, String subjectName, List<Long> counts) implements Serializable {
    }

    public record Results(long sessionId, String sessionCode, String sessionName, boolean released, Instant releaseAt,
                          Line total, List<Line> sites, List<Line> subjects, List<Distribution> distributions)
            implements Serializable {

        /** The number of bands every distribution has (the widest). */
        public int bands() {
            return distributions.stream().mapToInt(d -> d.counts().size()).max().orElse(ResultFigures.BANDS);
        }
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /** Sessions with imported scores, newest first; a reviewer's list holds released sessions only. */
    public List<SessionOption> sessions() {
        Instant now = clock.instant();
        boolean admin = context.isCallerInRole("ADMIN");
        return em.createQuery("select s from ExamSession s where exists (select r.id from ScoreRecord r"
                        + " where r.sessionId = s.id) order by s.id desc", ExamSession.class).getResultList().stream()
                .filter(s -> admin || s.resultsReleased(now))
                .map(s -> new SessionOption(s.getId(), s.getCode(), s.getName(), s.resultsReleased(now))).toList();
    }

    /** The session's results in the caller's reach. */
    public Results of(long sessionId) {
        ExamSession session = em.find(ExamSession.class, sessionId);
        Instant now = clock.instant();
        boolean admin = context.isCallerInRole("ADMIN");
        if (session == null) {
            throw new BaokaoException("score.session.notFound");
        }
        boolean released = session.resultsReleased(now);
        if (!released && !admin) {
            throw new BaokaoException("results.notReleased");
        }
        Reach reach = admin ? Reach.everything() : Reach.of(em, Caller.accountId(context));
        List<Line> sites = List.of();
        List<Line> subjects = List.of();
        List<Distribution> distributions = List.of();
        Line total = new Line(null, null, 0, 0, null, null, 0);
        if (!reach.isEmpty()) {
            sites = sites(reach, sessionId);
            total = total(reach, sessionId);
            subjects = subjects(reach, sessionId);
            distributions = distributions(reach, sessionId, subjects);
        }
        return new Results(session.getId(), session.getCode(), session.getName(), released,
                session.getResultsReleaseAt(), total, sites, subjects, distributions);
    }

    /** The results as an Excel workbook (sheets: by site, by subject, distribution), labels in {@code locale}. */
    public byte[] workbook(long sessionId, Locale locale) {
        return ScoreResultsWorkbook.write(of(sessionId), locale);
    }

    // ---- the counting ----
    //
    // Native SQL: EclipseLink's H2 platform writes a JPQL boolean (literal or parameter) as 0/1, which H2 2 will not
    // compare with a BOOLEAN column in these aggregate queries; plain SQL booleans work on H2 and PostgreSQL alike.

    private static final String FROM = " from score_record r join application a on a.id = r.application_id"
            + " left join exam_site p on p.id = a.site_id where r.session_id = ?";

    private List<Line> sites(Reach reach, long sessionId) {
        Map<Long, Object[]> byPlace = new LinkedHashMap<>();
        for (Object[] row : rows("select p.id, p.code, p.name, count(distinct r.application_id), sum(r.score), count(*)"
                + FROM + where(reach) + " group by p.id, p.code, p.name", sessionId)) {
            byPlace.put(key(row[0]), row);
        }
        Map<Long, Long> failed = countsByPlace("(r.passed = false or r.voided = true)", reach, sessionId);
        Map<Long, Long> voided = countsByPlace("r.voided = true", reach, sessionId);
        List<Line> lines = new ArrayList<>();
        byPlace.forEach((place, row) -> {
            long candidates = number(row[3]);
            long passed = candidates - failed.getOrDefault(place, 0L);
            lines.add(new Line((String) row[1], (String) row[2], candidates, passed,
                    ResultFigures.passRate(passed, candidates), ResultFigures.average(decimal(row[4]), number(row[5])),
                    voided.getOrDefault(place, 0L)));
        });
        lines.sort(Comparator.comparing(Line::name, Comparator.nullsLast(PINYIN)));
        return lines;
    }

    /** Distinct candidates per site having a score that meets {@code condition}. */
    private Map<Long, Long> countsByPlace(String condition, Reach reach, long sessionId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows("select p.id, count(distinct r.application_id)" + FROM + where(reach) + " and "
                + condition + " group by p.id", sessionId)) {
            counts.put(key(row[0]), number(row[1]));
        }
        return counts;
    }

    private Line total(Reach reach, long sessionId) {
        Object[] all = rows("select count(distinct r.application_id), sum(r.score), count(*)" + FROM + where(reach),
                sessionId).get(0);
        long candidates = number(all[0]);
        long failed = count("(r.passed = false or r.voided = true)", reach, sessionId);
        long voided = count("r.voided = true", reach, sessionId);
        return new Line(null, null, candidates, candidates - failed, ResultFigures.passRate(candidates - failed, candidates),
                ResultFigures.average(decimal(all[1]), number(all[2])), voided);
    }

    /** Distinct candidates having a score that meets {@code condition}. */
    private long count(String condition, Reach reach, long sessionId) {
        return number(em.createNativeQuery("select count(distinct r.application_id)" + FROM + where(reach) + " and "
                + condition).setParameter(1, sessionId).getSingleResult());
    }

    private List<Line> subjects(Reach reach, long sessionId) {
        List<Line> lines = new ArrayList<>();
        for (Object[] row : rows("select r.subject_code, r.subject_name, count(*),"
                + " sum(case when r.passed = true and r.voided = false then 1 else 0 end), sum(r.score),"
                + " sum(case when r.voided = true then 1 else 0 end)" + FROM + where(reach)
                + " group by r.subject_code, r.subject_name order by r.subject_code", sessionId)) {
            long candidates = number(row[2]);
            long passed = number(row[3]);
            lines.add(new Line((String) row[0], (String) row[1], candidates, passed,
                    ResultFigures.passRate(passed, candidates), ResultFigures.average(decimal(row[4]), candidates),
                    number(row[5])));
        }
        return lines;
    }

    /** Counted per subject and distinct score in the database (a few hundred rows), banded here. */
    private List<Distribution> distributions(Reach reach, long sessionId, List<Line> subjects) {
        Map<String, Map<BigDecimal, Long>> bySubject = new LinkedHashMap<>();
        subjects.forEach(s -> bySubject.put(s.code(), new HashMap<>()));
        for (Object[] row : rows("select r.subject_code, r.score, count(*)" + FROM + where(reach)
                + " group by r.subject_code, r.score", sessionId)) {
            bySubject.computeIfAbsent((String) row[0], k -> new HashMap<>())
                    .merge(decimal(row[1]), number(row[2]), Long::sum);
        }
        int bands = bySubject.values().stream().mapToInt(m -> ResultFigures.histogram(m).size()).max()
                .orElse(ResultFigures.BANDS);
        List<Distribution> distributions = new ArrayList<>();
        for (Line subject : subjects) {
            List<Long> counts = new ArrayList<>(ResultFigures.histogram(bySubject.get(subject.code())));
            while (counts.size() < bands) {
                counts.add(0L);
            }
            distributions.add(new Distribution(subject.code(), subject.name(), List.copyOf(counts)));
        }
        return distributions;
    }

    /**
     * The reach as SQL on the application {@code a}. The ids are numbers read from the database (staff scopes), so
     * they are written into the statement, as many as the scopes hold.
     */
    static String where(Reach reach) {
        if (reach.all()) {
            return "";
        }
        return " and (a.region_id in (" + ids(reach.regions()) + ") or a.site_id in (" + ids(reach.sites())
                + ") or a.review_point_id in (" + ids(reach.reviewPoints()) + "))";
    }

    private static String ids(java.util.Set<Long> ids) {
        return ids.isEmpty() ? "-1" : ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long sessionId) {
        return em.createNativeQuery(sql).setParameter(1, sessionId).getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static Long key(Object id) {
        return id == null ? -1L : ((Number) id).longValue();
    }
}
