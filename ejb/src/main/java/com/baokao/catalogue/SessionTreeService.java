package com.baokao.catalogue;

import com.baokao.audit.AuditTrail;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.FormCheck;
import com.baokao.platform.Database;
import com.baokao.platform.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's exam sessions and what hangs under them: levels, specialties, subjects with their later
 * sittings, eligibility conditions, how each region runs the session, proof rules and the exam-day rules; and
 * publishing. The sittings of a subject are numbered without gaps and only the last unused one can be removed.
 * <p>
 * Every change is checked, refused with a sentence when it would break what exists, and written to the audit trail in
 * the same transaction. What a form gives is checked all at once, so one refusal names every field to correct. Only
 * ADMIN may call it; reading is {@link CatalogueQueries}.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SessionTreeService {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    public long createSession(SessionForm form) {
        SessionForm.Valid valid = form.validated(true);
        ExamSession session = new ExamSession(valid.code(), valid.name(), valid.occupation(), valid.calendar(),
                valid.photoRule());
        session.changeRules(form.approvedProfileRequired(), form.scoreValidityYears(), form.practiceNeedsFirstRegistration(),
                form.residencyTrainingDateRequired(), form.workProofWaivedForMedical());
        Database.insertUnique(em, session, () -> BaokaoException.at("code", "code.duplicate", session.getCode()));
        audit.record("session.created", "ExamSession", session.getId(), session.getCode() + " " + session.getName());
        return session.getId();
    }

    public void updateSession(long sessionId, long expectedVersion, SessionForm form) {
        SessionForm.Valid valid = form.validated(false);
        ExamSession session = CatalogueRows.find(em, ExamSession.class, sessionId);
        CatalogueRows.checkVersion(session.getVersion(), expectedVersion);
        session.rename(valid.name(), valid.occupation());
        session.changeCalendar(valid.calendar());
        session.changePhotoRule(valid.photoRule());
        session.changeRules(form.approvedProfileRequired(), form.scoreValidityYears(), form.practiceNeedsFirstRegistration(),
                form.residencyTrainingDateRequired(), form.workProofWaivedForMedical());
        audit.record("session.changed", "ExamSession", sessionId, session.getCode() + " " + session.getName()
                + ", registration " + form.registrationOpens() + " .. " + form.registrationCloses());
    }

    public void publish(long sessionId, boolean published) {
        ExamSession session = CatalogueRows.find(em, ExamSession.class, sessionId);
        if (published && CatalogueRows.count(em, "select count(s) from Subject s where s.level.session = :x", session) == 0) {
            throw new BaokaoException("session.publish.empty", session.getName());
        }
        session.publish(published);
        audit.record(published ? "session.published" : "session.withdrawn", "ExamSession", sessionId, session.getCode());
    }

    public long addLevel(long sessionId, String code, String name) {
        FormCheck check = new FormCheck();
        String checkedCode = check.value(() -> CatalogueRows.requireCode("levelCode", code));
        String checkedName = check.value(() -> CatalogueRows.requireText("levelName", name, 100));
        check.done();
        ExamLevel level = new ExamLevel(CatalogueRows.find(em, ExamSession.class, sessionId));
        level.setCode(checkedCode);
        level.setName(checkedName);
        Database.insertUnique(em, level, () -> BaokaoException.at("levelCode", "code.duplicate", level.getCode()));
        audit.record("level.added", "ExamSession", sessionId, level.getCode() + " " + level.getName());
        return level.getId();
    }

    public long addSpecialty(Long levelId, String code, String name) {
        FormCheck check = new FormCheck();
        check.required("level", levelId);
        String checkedCode = check.value(() -> CatalogueRows.requireCode("specialtyCode", code));
        String checkedName = check.value(() -> CatalogueRows.requireText("specialtyName", name, 100));
        check.done();
        Specialty specialty = new Specialty(CatalogueRows.find(em, ExamLevel.class, levelId));
        specialty.setCode(checkedCode);
        specialty.setName(checkedName);
        Database.insertUnique(em, specialty, () -> BaokaoException.at("specialtyCode", "code.duplicate", specialty.getCode()));
        audit.record("specialty.added", "ExamSession", specialty.getLevel().getSession().getId(),
                specialty.getLevel().getCode() + "/" + specialty.getCode() + " " + specialty.getName());
        return specialty.getId();
    }

    /** The subject as the administrator typed it, its fee in yuan; refused with every problem at once. */
    public long addSubject(SubjectForm form) {
        FormCheck check = new FormCheck();
        check.required("level", form.levelId());
        Money fee = check.value(() -> Money.parse("fee", form.fee()));
        return addSubject(check, form.levelId(), form.specialtyId(), form.code(), form.name(), form.startsAt(),
                form.durationMinutes(), form.computerBased(), fee);
    }

    /** @param startsAt Asia/Shanghai wall-clock time of the sitting */
    public long addSubject(long levelId, Long specialtyId, String code, String name, LocalDateTime startsAt,
                           int durationMinutes, boolean computerBased, long feeFen) {
        FormCheck check = new FormCheck();
        Money fee = feeFen < 0 ? null : Money.ofFen(feeFen);
        if (fee == null) {
            check.refuse(BaokaoException.at("fee", "subject.fee.invalid"));
        }
        return addSubject(check, levelId, specialtyId, code, name, startsAt, durationMinutes, computerBased, fee);
    }

    private long addSubject(FormCheck check, Long levelId, Long specialtyId, String code, String name,
                            LocalDateTime startsAt, Integer durationMinutes, boolean computerBased, Money fee) {
        String checkedCode = check.value(() -> CatalogueRows.requireCode("subjectCode", code));
        String checkedName = check.value(() -> CatalogueRows.requireText("subjectName", name, 100));
        check.required("startsAt", startsAt, "subject.start.required");
        if (check.required("duration", durationMinutes) != null && (durationMinutes <= 0 || durationMinutes > 24 * 60)) {
            check.refuse(BaokaoException.at("duration", "subject.duration.invalid"));
        }
        check.done();
        ExamLevel level = CatalogueRows.find(em, ExamLevel.class, levelId);
        Subject subject = new Subject(level);
        if (specialtyId != null) {
            Specialty specialty = CatalogueRows.find(em, Specialty.class, specialtyId);
            if (!specialty.getLevel().getId().equals(levelId)) {
                throw BaokaoException.at("specialty", "subject.specialty.other.level");
            }
            subject.setSpecialty(specialty);
        }
        subject.setCode(checkedCode);
        subject.setName(checkedName);
        subject.setStartsAt(Window.shanghaiInstant(startsAt));
        subject.setDurationMinutes(durationMinutes);
        subject.setComputerBased(computerBased);
        subject.setFeeFen(fee.fen());
        Database.insertUnique(em, subject, () -> BaokaoException.at("subjectCode", "code.duplicate", subject.getCode()));
        audit.record("subject.added", "ExamSession", level.getSession().getId(), level.getCode() + "/" + subject.getCode()
                + " " + subject.getName() + " at " + startsAt + ", " + durationMinutes + " min, fee " + fee.fen() + " fen");
        return subject.getId();
    }

    /**
     * Adds the subject's next sitting (批次), for candidates the seat job could not seat at the earlier ones.
     * It is numbered after the last one and must start once that one has ended (see {@link Sittings}).
     *
     * @param startsAt Asia/Shanghai wall-clock time of the sitting
     * @return the new sitting's id
     */
    public long addSitting(Long subjectId, LocalDateTime startsAt) {
        FormCheck check = new FormCheck();
        check.required("sittingSubject", subjectId);
        check.required(Sittings.FIELD, startsAt, "sitting.start.required");
        check.done();
        Subject subject = CatalogueRows.find(em, Subject.class, subjectId);
        em.lock(subject, LockModeType.PESSIMISTIC_WRITE); // one change to a subject's sittings at a time
        ExamSession session = subject.getLevel().getSession();
        if (session.isCancelled()) {
            throw new BaokaoException("sitting.session.cancelled", session.getName());
        }
        if (subject.isCancelled()) {
            throw new BaokaoException("sitting.subject.cancelled", subject.getName());
        }
        List<Instant> starts = new ArrayList<>();
        starts.add(subject.getStartsAt());
        CatalogueRows.sittingsOf(em, subject).forEach(s -> starts.add(s.getStartsAt()));
        Instant at = startsAt == null ? null : Window.shanghaiInstant(startsAt);
        int number = Sittings.next(starts, subject.getDurationMinutes(), at, session.calendar());
        SubjectSitting sitting = new SubjectSitting(subject, number, at);
        Database.insertUnique(em, sitting, () -> new BaokaoException("catalogue.changed.meanwhile"));
        audit.record("sitting.added", "ExamSession", session.getId(), subject.getLevel().getCode() + "/" + subject.getCode()
                + " sitting " + number + " at " + startsAt);
        return sitting.getId();
    }

    /** Removes a subject's last sitting, as long as nobody has been seated in it. */
    public void removeSitting(long sittingId) {
        SubjectSitting sitting = CatalogueRows.find(em, SubjectSitting.class, sittingId);
        Subject subject = sitting.getSubject();
        em.lock(subject, LockModeType.PESSIMISTIC_WRITE);
        long seats = ((Number) em.createNativeQuery("select count(*) from seat_assignment where subject_id = ?1 and sitting = ?2")
                .setParameter(1, subject.getId()).setParameter(2, sitting.getSitting()).getSingleResult()).longValue();
        Sittings.checkRemovable(sitting.getSitting(), CatalogueRows.sittingsOf(em, subject).size() + 1, seats);
        em.remove(sitting);
        audit.record("sitting.removed", "ExamSession", subject.getLevel().getSession().getId(), subject.getLevel().getCode()
                + "/" + subject.getCode() + " sitting " + sitting.getSitting() + " at " + Sittings.shanghai(sitting.getStartsAt()));
    }

    /** The exam-day rules printed on the session's tickets; blank means the standard rules. */
    public void setExamDayRules(long sessionId, String rules) {
        ExamSession session = CatalogueRows.find(em, ExamSession.class, sessionId);
        String stored = ExamDayRules.normalise(rules);
        session.setExamDayRules(stored);
        audit.record("session.exam-day-rules.set", "ExamSession", sessionId, stored == null ? "standard rules"
                : stored.lines().count() + " paragraphs, " + stored.length() + " characters");
    }

    public void deleteSubject(long subjectId) {
        Subject subject = CatalogueRows.find(em, Subject.class, subjectId);
        ExamSession session = subject.getLevel().getSession();
        if (session.isPublished()) {
            throw new BaokaoException("session.published.locked", session.getName());
        }
        CatalogueRows.refuseIfApplicationsUse(em, "select count(*) from application_subject where subject_id = ?1", subjectId, subject.getName());
        em.createQuery("delete from SubjectSitting s where s.subject = :x").setParameter("x", subject).executeUpdate();
        em.remove(subject);
        audit.record("subject.deleted", "ExamSession", session.getId(), subject.getCode() + " " + subject.getName());
    }

    public void deleteLevel(long levelId) {
        ExamLevel level = CatalogueRows.find(em, ExamLevel.class, levelId);
        if (level.getSession().isPublished()) {
            throw new BaokaoException("session.published.locked", level.getSession().getName());
        }
        if (CatalogueRows.count(em, "select count(s) from Subject s where s.level = :x", level) > 0
                || CatalogueRows.count(em, "select count(s) from Specialty s where s.level = :x", level) > 0) {
            throw new BaokaoException("level.not.empty", level.getName());
        }
        CatalogueRows.refuseIfApplicationsUse(em, "select count(*) from application where level_id = ?1", levelId, level.getName());
        em.createQuery("delete from EligibilityCondition c where c.level = :x").setParameter("x", level).executeUpdate();
        em.remove(level);
        audit.record("level.deleted", "ExamSession", level.getSession().getId(), level.getCode() + " " + level.getName());
    }

    public long addEligibilityCondition(Long levelId, String text) {
        return addEligibilityCondition(levelId, text, java.util.Set.of());
    }

    /** A condition that asks the candidate for more (e.g. the number and date of an earlier certificate). */
    public long addEligibilityCondition(Long levelId, String text, java.util.Set<ConditionField> requiredFields) {
        FormCheck check = new FormCheck();
        check.required("level", levelId);
        String checkedText = check.value(() -> CatalogueRows.requireText("condition", text, 1000));
        check.done();
        ExamLevel level = CatalogueRows.find(em, ExamLevel.class, levelId);
        EligibilityCondition condition = new EligibilityCondition(level);
        condition.setText(checkedText);
        condition.setRequiredFields(requiredFields);
        condition.setPosition((int) CatalogueRows.count(em, "select count(c) from EligibilityCondition c where c.level = :x", level) + 1);
        em.persist(condition);
        em.flush();
        audit.record("eligibility.added", "ExamSession", level.getSession().getId(), level.getCode() + ": " + condition.getText());
        return condition.getId();
    }

    /** Creates or replaces how one region runs the session, whatever it was (start-up data, scenarios). */
    public void setRegionRule(long sessionId, Long regionId, int reviewLevels, boolean reviewAfterExam,
                              ConfirmationMode confirmationMode, boolean onlinePayment) {
        setRegionRule(sessionId, regionId, reviewLevels, reviewAfterExam, confirmationMode, onlinePayment, null, false);
    }

    /**
     * An administrator's save of the rule they were shown: {@code expectedVersion} is the version of the rule the
     * form loaded, or null when the region had none. Refused as changed meanwhile if the rule is no longer that one
     * (another administrator saved it, or created it, since), never silently overwritten.
     */
    public void setRegionRule(long sessionId, Long regionId, int reviewLevels, boolean reviewAfterExam,
                              ConfirmationMode confirmationMode, boolean onlinePayment, Long expectedVersion) {
        setRegionRule(sessionId, regionId, reviewLevels, reviewAfterExam, confirmationMode, onlinePayment, expectedVersion, true);
    }

    private void setRegionRule(long sessionId, Long regionId, int reviewLevels, boolean reviewAfterExam,
                               ConfirmationMode confirmationMode, boolean onlinePayment, Long expectedVersion,
                               boolean checkVersion) {
        FormCheck check = new FormCheck();
        check.required("ruleRegion", regionId);
        if (reviewLevels != 1 && reviewLevels != 2) {
            check.refuse(BaokaoException.at("reviewLevels", "rule.review.levels"));
        }
        check.required("confirmationMode", confirmationMode, "rule.confirmation.required");
        check.done();
        ExamSession session = CatalogueRows.find(em, ExamSession.class, sessionId);
        Region region = CatalogueRows.find(em, Region.class, regionId);
        List<RegionRule> existing = em.createQuery("select r from RegionRule r where r.session = :s and r.region = :r", RegionRule.class)
                .setParameter("s", session).setParameter("r", region).getResultList();
        RegionRule rule = existing.isEmpty() ? new RegionRule(session, region) : existing.get(0);
        if (checkVersion && !RuleVersions.matches(existing.isEmpty() ? null : rule.getVersion(), expectedVersion)) {
            throw new com.baokao.i18n.StaleVersionException("catalogue.changed.meanwhile");
        }
        rule.setReviewLevels(reviewLevels);
        rule.setReviewAfterExam(reviewAfterExam);
        rule.setConfirmationMode(confirmationMode);
        rule.setOnlinePayment(onlinePayment);
        if (existing.isEmpty()) {
            Database.insertUnique(em, rule, () -> BaokaoException.at("ruleRegion", "rule.duplicate"));
        }
        audit.record("region-rule.set", "ExamSession", sessionId, region.getName() + ": " + reviewLevels + "-level review"
                + (reviewAfterExam ? " after the exam" : "") + ", " + confirmationMode + ", online payment " + onlinePayment);
    }

    public void setProofRule(long sessionId, ProofKind kind, int maxKb, boolean required) {
        setProofRule(sessionId, kind, maxKb, required, null, false);
    }

    /**
     * An administrator's save of the proof rule they were shown: {@code expectedVersion} is the version the form loaded,
     * null when the kind had no rule. Refused as changed meanwhile if someone saved (or created) it since.
     */
    public void setProofRule(long sessionId, ProofKind kind, int maxKb, boolean required, Long expectedVersion) {
        setProofRule(sessionId, kind, maxKb, required, expectedVersion, true);
    }

    private void setProofRule(long sessionId, ProofKind kind, int maxKb, boolean required, Long expectedVersion,
                              boolean checkVersion) {
        if (maxKb <= 0) {
            throw BaokaoException.at("maxKb", "proof.size.invalid");
        }
        ExamSession session = CatalogueRows.find(em, ExamSession.class, sessionId);
        List<ProofRule> existing = em.createQuery("select p from ProofRule p where p.session = :s and p.kind = :k", ProofRule.class)
                .setParameter("s", session).setParameter("k", kind).getResultList();
        ProofRule rule = existing.isEmpty() ? new ProofRule(session) : existing.get(0);
        if (checkVersion && !RuleVersions.matches(existing.isEmpty() ? null : rule.getVersion(), expectedVersion)) {
            throw new com.baokao.i18n.StaleVersionException("catalogue.changed.meanwhile");
        }
        rule.setKind(kind);
        rule.setMaxKb(maxKb);
        rule.setRequired(required);
        if (existing.isEmpty()) {
            em.persist(rule);
        }
        audit.record("proof-rule.set", "ExamSession", sessionId, kind + " max " + maxKb + " KB, required " + required);
    }
}
