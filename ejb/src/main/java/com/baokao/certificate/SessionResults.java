package com.baokao.certificate;

import com.baokao.application.PostExamReview;
import com.baokao.catalogue.ExamSession;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts {@link CertificateEligibility} decides on, read set-based for a whole session (a few queries, not one per
 * candidate) or for one application: its subjects (carried over or sat), the released scores, the route's review
 * after the exam and its outcome.
 */
final class SessionResults {

    private SessionResults() {
    }

    /** The verdict of every application of the session that has a score or a subject, by application id. */
    static Map<Long, CertificateEligibility.Verdict> verdicts(EntityManager em, long sessionId, Instant now) {
        return verdicts(em, sessionId, null, now);
    }

    static CertificateEligibility.Verdict verdict(EntityManager em, long sessionId, long applicationId, Instant now) {
        return verdicts(em, sessionId, applicationId, now).getOrDefault(applicationId,
                CertificateEligibility.Verdict.NOTHING_SAT);
    }

    private static Map<Long, CertificateEligibility.Verdict> verdicts(EntityManager em, long sessionId, Long only,
                                                                       Instant now) {
        ExamSession session = em.find(ExamSession.class, sessionId);
        boolean released = session != null && session.resultsReleased(now);
        String one = only == null ? "" : " and a.id = :only";
        Map<Long, Boolean> afterExamByRegion = new HashMap<>();
        for (Object[] row : em.createQuery("select r.region.id, r.reviewAfterExam from RegionRule r where r.session.id = :s",
                Object[].class).setParameter("s", sessionId).getResultList()) {
            afterExamByRegion.put((Long) row[0], (Boolean) row[1]);
        }
        Map<Long, Object[]> applications = new LinkedHashMap<>();
        var appQuery = em.createQuery("select a.id, a.region.id, a.postExamReview from Application a"
                + " where a.session.id = :s" + one + " order by a.id", Object[].class).setParameter("s", sessionId);
        if (only != null) {
            appQuery.setParameter("only", only);
        }
        for (Object[] row : appQuery.getResultList()) {
            applications.put((Long) row[0], row);
        }
        Map<Long, Map<String, Boolean>> subjects = new HashMap<>();
        var subjectQuery = em.createQuery("select s.application.id, s.subject.code, s.carriedOver from ApplicationSubject s"
                + " join s.application a where a.session.id = :s" + one, Object[].class).setParameter("s", sessionId);
        if (only != null) {
            subjectQuery.setParameter("only", only);
        }
        for (Object[] row : subjectQuery.getResultList()) {
            subjects.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>()).put((String) row[1], (Boolean) row[2]);
        }
        Map<Long, Map<String, boolean[]>> scores = new HashMap<>();
        var scoreQuery = em.createQuery("select r.applicationId, r.subjectCode, r.passed, r.voided from ScoreRecord r"
                + " where r.sessionId = :s" + (only == null ? "" : " and r.applicationId = :only"), Object[].class)
                .setParameter("s", sessionId);
        if (only != null) {
            scoreQuery.setParameter("only", only);
        }
        for (Object[] row : scoreQuery.getResultList()) {
            if (row[0] != null) {
                scores.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((String) row[1], new boolean[] {(Boolean) row[2], (Boolean) row[3]});
            }
        }
        Map<Long, CertificateEligibility.Verdict> verdicts = new LinkedHashMap<>();
        for (Object[] app : applications.values()) {
            long id = (Long) app[0];
            Map<String, Boolean> ofApp = subjects.getOrDefault(id, Map.of());
            Map<String, boolean[]> scored = scores.getOrDefault(id, Map.of());
            if (ofApp.isEmpty() && scored.isEmpty()) {
                continue;
            }
            List<CertificateEligibility.Subject> facts = new ArrayList<>();
            ofApp.forEach((code, carried) -> {
                boolean[] s = scored.get(code);
                facts.add(carried ? CertificateEligibility.Subject.carriedOver(code)
                        : s == null ? CertificateEligibility.Subject.unscored(code)
                        : CertificateEligibility.Subject.sat(code, s[0], s[1]));
            });
            boolean afterExam = afterExamByRegion.getOrDefault((Long) app[1], false);
            verdicts.put(id, CertificateEligibility.of(released, facts, afterExam, (PostExamReview) app[2]));
        }
        return verdicts;
    }
}
