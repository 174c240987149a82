package com.baokao.catalogue;

import com.baokao.audit.AuditTrail;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.Database;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Next term's session from this one, in one transaction: the whole tree with every date moved.
 * <p>
 * Every change is checked, refused with a sentence when it would break what exists, and written to the audit trail in
 * the same transaction. What a form gives is checked all at once, so one refusal names every field to correct. Only
 * ADMIN may call it; reading is {@link CatalogueQueries}.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SessionCopier {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    /**
     * Next term's session from this one: same levels, specialties, subjects and their sittings, eligibility
     * conditions, region and proof rules and exam-day rules, every date moved by {@code shift}; unpublished, without
     * notices.
     */
    public long copySession(long sourceId, String newCode, String newName, Duration shift) {
        ExamSession source = CatalogueRows.find(em, ExamSession.class, sourceId);
        ExamCalendar c = source.calendar();
        ExamCalendar moved = new ExamCalendar(
                new Window(c.registration().opensAt().plus(shift), c.registration().closesAt().plus(shift)),
                c.resubmissionDeadline().plus(shift), c.confirmationDeadline().plus(shift), c.paymentDeadline().plus(shift),
                new Window(c.ticketPrinting().opensAt().plus(shift), c.ticketPrinting().closesAt().plus(shift)),
                c.scoresReleasedAt().plus(shift));
        PhotoRule p = source.getPhotoRule();
        ExamSession copy = new ExamSession(CatalogueRows.requireCode("code", newCode), CatalogueRows.requireText("name", newName, 200),
                source.getOccupation(), moved, new PhotoRule(p.getWidth(), p.getHeight(), p.isExactSize(), p.getMinKb(),
                p.getMaxKb(), p.getBackgrounds()));
        copy.changeRules(source.isApprovedProfileRequired(), source.getScoreValidityYears(),
                source.isPracticeNeedsFirstRegistration(), source.isResidencyTrainingDateRequired(),
                source.isWorkProofWaivedForMedical());
        copy.setExamDayRules(source.getExamDayRules());
        Database.insertUnique(em, copy, () -> BaokaoException.at("code", "code.duplicate", copy.getCode()));

        Map<Long, Specialty> specialties = new HashMap<>();
        for (ExamLevel level : em.createQuery("select l from ExamLevel l where l.session = :s order by l.code", ExamLevel.class)
                .setParameter("s", source).getResultList()) {
            ExamLevel newLevel = new ExamLevel(copy);
            newLevel.setCode(level.getCode());
            newLevel.setName(level.getName());
            em.persist(newLevel);
            for (Specialty s : em.createQuery("select s from Specialty s where s.level = :l", Specialty.class)
                    .setParameter("l", level).getResultList()) {
                Specialty ns = new Specialty(newLevel);
                ns.setCode(s.getCode());
                ns.setName(s.getName());
                em.persist(ns);
                specialties.put(s.getId(), ns);
            }
            for (Subject s : em.createQuery("select s from Subject s where s.level = :l", Subject.class)
                    .setParameter("l", level).getResultList()) {
                Subject n = new Subject(newLevel);
                n.setSpecialty(s.getSpecialty() == null ? null : specialties.get(s.getSpecialty().getId()));
                n.setCode(s.getCode());
                n.setName(s.getName());
                n.setStartsAt(s.getStartsAt().plus(shift));
                n.setDurationMinutes(s.getDurationMinutes());
                n.setComputerBased(s.isComputerBased());
                n.setFeeFen(s.getFeeFen());
                em.persist(n);
                for (SubjectSitting sitting : CatalogueRows.sittingsOf(em, s)) {
                    em.persist(new SubjectSitting(n, sitting.getSitting(), sitting.getStartsAt().plus(shift)));
                }
            }
            for (EligibilityCondition e : em.createQuery("select e from EligibilityCondition e where e.level = :l order by e.position",
                    EligibilityCondition.class).setParameter("l", level).getResultList()) {
                EligibilityCondition n = new EligibilityCondition(newLevel);
                n.setPosition(e.getPosition());
                n.setText(e.getText());
                em.persist(n);
            }
        }
        for (RegionRule r : em.createQuery("select r from RegionRule r where r.session = :s", RegionRule.class)
                .setParameter("s", source).getResultList()) {
            RegionRule n = new RegionRule(copy, r.getRegion());
            n.setReviewLevels(r.getReviewLevels());
            n.setReviewAfterExam(r.isReviewAfterExam());
            n.setConfirmationMode(r.getConfirmationMode());
            n.setOnlinePayment(r.isOnlinePayment());
            em.persist(n);
        }
        for (ProofRule r : em.createQuery("select r from ProofRule r where r.session = :s", ProofRule.class)
                .setParameter("s", source).getResultList()) {
            ProofRule n = new ProofRule(copy);
            n.setKind(r.getKind());
            n.setMaxKb(r.getMaxKb());
            n.setRequired(r.isRequired());
            em.persist(n);
        }
        em.flush();
        audit.record("session.copied", "ExamSession", copy.getId(), "from " + source.getCode() + ", dates moved by "
                + shift.toDays() + " days");
        return copy.getId();
    }
}
