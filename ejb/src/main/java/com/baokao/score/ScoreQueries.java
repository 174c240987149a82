package com.baokao.score;

import com.baokao.account.Account;
import com.baokao.account.IdDocument;
import com.baokao.account.captcha.CaptchaAnswer;
import com.baokao.application.Application;
import com.baokao.application.ScoreRecord;
import com.baokao.catalogue.ExamSession;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.platform.Sha256;
import com.baokao.seating.IssuedTicket;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading scores: the public query (ID number and ticket number, no sign-in, as the seeds ask: a CAPTCHA every
 * time and a limit per client address and per ID number; a wrong pair, a wrong half or scores not yet released all
 * get the same answer) and a candidate's own sittings with the validity of every pass. Only released scores are
 * ever shown; a voided score is shown as void with its reason.
 */
@Stateless
public class ScoreQueries {

    /** One subject's result as shown. */
    public record SubjectScore(String subjectCode, String subjectName, LocalDate examDate, BigDecimal score,
                               BigDecimal passMark, boolean passed, boolean voided, String voidReason)
            implements Serializable {
    }

    /** One sitting (application) with its released scores. */
    public record Sitting(long applicationId, long sessionId, String sessionName, String ticketNumber,
                          String candidateName, String maskedIdNumber, boolean released, Instant releaseAt,
                          List<SubjectScore> subjects) implements Serializable {

        /** Every subject passed and none void: what a certificate needs. */
        public boolean allPassed() {
            return !subjects.isEmpty() && subjects.stream().allMatch(s -> s.passed() && !s.voided());
        }

        public boolean anyVoid() {
            return subjects.stream().anyMatch(SubjectScore::voided);
        }
    }

    /** The candidate's page: the sittings, newest first, and every result on the validity timeline. */
    public record MyScores(List<Sitting> sittings, List<ScoreValidity.Entry> timeline) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    ScoreQueryLimit limit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The public query. {@code client} is the caller's address (the limit counts per address). */
    @PermitAll
    public Sitting publicQuery(String idNumber, String ticketNumber, String client, CaptchaAnswer captcha) {
        String id = idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
        String ticket = ticketNumber == null ? "" : ticketNumber.strip();
        if (id.isEmpty() || ticket.isEmpty()) {
            throw new BaokaoException("score.query.required");
        }
        Instant now = clock.instant();
        CaptchaAnswer.require(captcha, now);
        String clientKey = "client:" + (client == null ? "" : client.length() > 60 ? client.substring(0, 60) : client);
        if (limit.count(clientKey, now) > ScoreQueryLimit.PER_CLIENT
                | limit.count("id:" + Sha256.hex(id), now) > ScoreQueryLimit.PER_ID) {
            throw new BaokaoException("score.query.tooMany");
        }
        Application application = applicationOfTicket(ticket);
        if (application == null) {
            throw new BaokaoException("score.query.notFound");
        }
        Account account = em.find(Account.class, application.getAccountId());
        if (account == null || account.getIdNumber() == null || !account.getIdNumber().equalsIgnoreCase(id)
                || !application.getSession().resultsReleased(now)) {
            throw new BaokaoException("score.query.notFound");
        }
        Sitting sitting = sittingOf(application, account, ticket, now);
        if (sitting.subjects().isEmpty()) {
            throw new BaokaoException("score.query.notFound");
        }
        return sitting;
    }

    /** The signed-in candidate's sittings (scores only once released) and the validity of every result. */
    @RolesAllowed("CANDIDATE")
    public MyScores mine() {
        long accountId = Caller.accountId(context);
        Instant now = clock.instant();
        Account account = em.find(Account.class, accountId);
        List<Sitting> sittings = new ArrayList<>();
        for (Object[] row : em.createQuery("select a, t from Application a, IssuedTicket t where t.applicationId = a.id"
                + " and a.accountId = :account order by a.id desc", Object[].class)
                .setParameter("account", accountId).getResultList()) {
            sittings.add(sittingOf((Application) row[0], account, ((IssuedTicket) row[1]).getTicketNumber(), now));
        }
        Map<String, Integer> validityByLevel = new HashMap<>();
        List<ScoreValidity.Result> results = new ArrayList<>();
        for (ScoreRecord r : em.createQuery("select r from ScoreRecord r where r.accountId = :account", ScoreRecord.class)
                .setParameter("account", accountId).getResultList()) {
            ExamSession session = r.getSessionId() == null ? null : em.find(ExamSession.class, r.getSessionId());
            if (session != null && !session.resultsReleased(now)) {
                continue;
            }
            Integer years = session != null ? session.getScoreValidityYears()
                    : validityByLevel.computeIfAbsent(r.getOccupation() + "|" + r.getLevelCode(),
                    k -> latestValidity(r.getOccupation()));
            results.add(new ScoreValidity.Result(r.getSubjectCode(), r.getSubjectName(), r.getExamDate(), r.getScore(),
                    r.getPassMark(), r.isPassed(), r.isVoided(), r.getVoidReason(), years));
        }
        return new MyScores(sittings, ScoreValidity.timeline(results, LocalDate.now(clock.withZone(BusinessTime.ZONE))));
    }

    /** A result from before Baokao has no session of its own: the newest session of its occupation says. */
    private Integer latestValidity(String occupation) {
        // not findFirst(): a session without a validity gives a null element, which findFirst() refuses (NPE)
        List<Integer> newest = em.createQuery("select s.scoreValidityYears from ExamSession s where s.occupation = :o"
                + " order by s.id desc", Integer.class).setParameter("o", occupation).setMaxResults(1).getResultList();
        return newest.isEmpty() ? null : newest.get(0);
    }

    private Application applicationOfTicket(String ticket) {
        List<IssuedTicket> found = em.createQuery("select t from IssuedTicket t where t.ticketNumber = :n", IssuedTicket.class)
                .setParameter("n", ticket).getResultList();
        return found.isEmpty() ? null : em.find(Application.class, found.get(0).getApplicationId());
    }

    private Sitting sittingOf(Application application, Account account, String ticket, Instant now) {
        ExamSession session = application.getSession();
        boolean released = session.resultsReleased(now);
        List<SubjectScore> subjects = !released ? List.of() : em.createQuery("select r from ScoreRecord r"
                        + " where r.applicationId = :a", ScoreRecord.class).setParameter("a", application.getId())
                .getResultList().stream().sorted(Comparator.comparing(ScoreRecord::getExamDate)
                        .thenComparing(r -> r.getSubjectId() == null ? Long.MAX_VALUE : r.getSubjectId())
                        .thenComparing(ScoreRecord::getSubjectCode))
                .map(r -> new SubjectScore(r.getSubjectCode(), r.getSubjectName(), r.getExamDate(), r.getScore(),
                        r.getPassMark(), r.isPassed(), r.isVoided(), r.getVoidReason())).toList();
        return new Sitting(application.getId(), session.getId(), session.getName(), ticket, account.getFullName(),
                IdDocument.mask(account.getIdNumber()), released, released ? session.getResultsReleaseAt() : null,
                subjects);
    }
}
