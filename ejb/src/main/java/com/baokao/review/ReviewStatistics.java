package com.baokao.review;

import com.baokao.application.ApplicationStatus;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.staff.Reach;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reviewer statistics: how many applications stand in each status, per region, per exam site and per day of
 * first submission. Everything is counted within the caller's {@link Reach}, so a reviewer of one region never
 * learns another region's numbers; administrators see all. Drafts are left out: nobody has submitted them yet.
 */
@Stateless
@RolesAllowed({"REVIEWER", "ADMIN"})
public class ReviewStatistics {

    /** The statuses counted, in the order of every row's {@code counts}. */
    public static final List<ApplicationStatus> STATUSES = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.CONFIRMATION_FAILED, ApplicationStatus.CONFIRMED, ApplicationStatus.SITE_APPROVED,
            ApplicationStatus.APPROVED, ApplicationStatus.RETURNED, ApplicationStatus.REFUSED, ApplicationStatus.PAID,
            ApplicationStatus.ABANDONED);

    /** Days shown when no range is given (today included). */
    public static final int DEFAULT_DAYS = 30;

    /** The longest range by day: the per-day counts are bucketed in memory (see {@link #byDay}). */
    public static final int MAX_DAYS = 92;

    /** Chinese place names in pinyin order, as a reader of a printed list expects. */
    private static final Comparator<Object> PINYIN = Collator.getInstance(Locale.CHINA);

    public enum PlaceKind { REGION, SITE }

    public record SessionOption(long id, String code, String name) implements Serializable {
    }

    /** One place's counts; {@code name} is null for applications without an exam site. */
    public record PlaceRow(PlaceKind kind, String name, List<Long> counts, long total) implements Serializable {
    }

    public record DayRow(LocalDate day, List<Long> counts, long total) implements Serializable {
    }

    public record Range(LocalDate from, LocalDate to) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /** The exam sessions to filter by, newest first. */
    public List<SessionOption> sessions() {
        return em.createQuery("select s.id, s.code, s.name from ExamSession s order by s.registrationOpensAt desc, s.id desc",
                Object[].class).getResultList().stream()
                .map(r -> new SessionOption((Long) r[0], (String) r[1], (String) r[2])).toList();
    }

    /**
     * Counts per region, then per exam site, each sorted by name, of the applications first submitted in the range
     * (the same days as {@link #byDay}, so every figure of the page covers the same applications); {@code sessionId}
     * null means every session.
     */
    public List<PlaceRow> byPlace(LocalDate from, LocalDate to, Long sessionId) {
        Range range = range(from, to);
        Reach reach = reach();
        List<PlaceRow> rows = new ArrayList<>();
        if (reach.isEmpty()) {
            return rows;
        }
        rows.addAll(grouped(reach, range, sessionId, PlaceKind.REGION, "join a.region p"));
        // left join: an application may have a registration point and no chosen site; it still counts
        rows.addAll(grouped(reach, range, sessionId, PlaceKind.SITE, "left join a.site p"));
        return rows;
    }

    /** The days a filter covers: null bounds take the default range; refused reversed or longer than the maximum. */
    public Range range(LocalDate from, LocalDate to) {
        Range defaults = defaultRange();
        LocalDate first = from == null ? (to == null ? defaults.from() : to.minusDays(DEFAULT_DAYS - 1L)) : from;
        LocalDate last = to == null ? (from == null ? defaults.to() : first.plusDays(DEFAULT_DAYS - 1L)) : to;
        if (last.isBefore(first)) {
            throw BaokaoException.at("to", "stats.range.reversed");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw BaokaoException.at("to", "stats.range.tooLong", MAX_DAYS);
        }
        return new Range(first, last);
    }

    /** The default range of {@link #byDay}: the last {@value #DEFAULT_DAYS} days up to today (Asia/Shanghai). */
    public Range defaultRange() {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        return new Range(today.minusDays(DEFAULT_DAYS - 1L), today);
    }

    /**
     * Counts per day of first submission (Asia/Shanghai), {@code from} and {@code to} inclusive; null bounds
     * take the default range. Every day of the range has a row, zero or not, so charts keep a true time axis.
     */
    public List<DayRow> byDay(LocalDate from, LocalDate to, Long sessionId) {
        Range range = range(from, to);
        LocalDate first = range.from();
        LocalDate last = range.to();
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        long[][] counts = new long[(int) days][STATUSES.size()];
        Reach reach = reach();
        if (!reach.isEmpty()) {
            // A calendar day in Asia/Shanghai has no portable JPQL expression (H2 and PostgreSQL differ in date
            // functions and time zones), so the range's (time, status) pairs are read and bucketed here: two
            // small columns over a window of at most MAX_DAYS days.
            Instant start = first.atStartOfDay(BusinessTime.ZONE).toInstant();
            Instant end = last.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
            TypedQuery<Object[]> query = em.createQuery("select a.firstSubmittedAt, a.status from Application a"
                    + " where a.firstSubmittedAt >= :start and a.firstSubmittedAt < :end and a.status in :statuses"
                    + sessionCondition(sessionId) + " and " + reach.where("a"), Object[].class)
                    .setParameter("start", start).setParameter("end", end).setParameter("statuses", STATUSES);
            bindSession(query, sessionId);
            for (Object[] row : reach.bind(query).getResultList()) {
                LocalDate day = LocalDate.ofInstant((Instant) row[0], BusinessTime.ZONE);
                counts[(int) ChronoUnit.DAYS.between(first, day)][STATUSES.indexOf((ApplicationStatus) row[1])]++;
            }
        }
        List<DayRow> rows = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            rows.add(new DayRow(first.plusDays(i), list(counts[i]), Arrays.stream(counts[i]).sum()));
        }
        return rows;
    }

    private List<PlaceRow> grouped(Reach reach, Range range, Long sessionId, PlaceKind kind, String join) {
        TypedQuery<Object[]> query = em.createQuery("select p.id, p.name, a.status, count(a) from Application a " + join
                + " where a.status in :statuses and a.firstSubmittedAt >= :start and a.firstSubmittedAt < :end"
                + sessionCondition(sessionId) + " and " + reach.where("a")
                + " group by p.id, p.name, a.status", Object[].class).setParameter("statuses", STATUSES)
                .setParameter("start", range.from().atStartOfDay(BusinessTime.ZONE).toInstant())
                .setParameter("end", range.to().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
        bindSession(query, sessionId);
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : reach.bind(query).getResultList()) {
            Long placeId = row[0] == null ? -1L : (Long) row[0];
            names.put(placeId, (String) row[1]);
            counts.computeIfAbsent(placeId, id -> new long[STATUSES.size()])
                    [STATUSES.indexOf((ApplicationStatus) row[2])] += ((Number) row[3]).longValue();
        }
        return counts.entrySet().stream()
                .map(e -> new PlaceRow(kind, names.get(e.getKey()), list(e.getValue()), Arrays.stream(e.getValue()).sum()))
                .sorted(Comparator.comparing(PlaceRow::name, Comparator.nullsLast(PINYIN))).toList();
    }

    private static String sessionCondition(Long sessionId) {
        return sessionId == null ? "" : " and a.session.id = :session";
    }

    private static void bindSession(TypedQuery<?> query, Long sessionId) {
        if (sessionId != null) {
            query.setParameter("session", sessionId);
        }
    }

    private static List<Long> list(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private Reach reach() {
        return context.isCallerInRole("ADMIN") ? Reach.everything() : Reach.of(em, Caller.accountId(context));
    }
}
