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
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's changes to the exam catalogue. Every change is checked, refused with a sentence
 * when it would break what exists, and written to the audit trail in the same transaction. What a form gives
 * (codes, names, the ids picked in lists) is checked all at once, so one refusal names every field to correct.
 * Only ADMIN may call it; reading is {@link CatalogueQueries}.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CatalogueService {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    // ---- places ----

    public long createRegion(String code, String name, Long parentId) {
        FormCheck check = new FormCheck();
        String checkedCode = check.value(() -> requireCode("code", code));
        String checkedName = check.value(() -> requireText("name", name, 100));
        check.done();
        Region region = new Region();
        region.setCode(checkedCode);
        region.setName(checkedName);
        if (parentId != null) {
            Region parent = find(Region.class, parentId);
            if (parent.getParent() != null) {
                throw BaokaoException.at("parent", "region.parent.city");
            }
            region.setParent(parent);
        }
        Database.insertUnique(em, region, () -> BaokaoException.at("code", "code.duplicate", region.getCode()));
        audit.record("region.created", "Region", region.getId(), region.getCode() + " " + region.getName());
        return region.getId();
    }

    public void renameRegion(long regionId, String name) {
        Region region = find(Region.class, regionId);
        String before = region.getName();
        region.setName(requireText("name", name, 100));
        audit.record("region.renamed", "Region", regionId, before + " -> " + region.getName());
    }

    public void deleteRegion(long regionId) {
        Region region = find(Region.class, regionId);
        long uses = count("select count(r) from Region r where r.parent = :x", region)
                + count("select count(s) from ExamSite s where s.region = :x", region)
                + count("select count(p) from ReviewPoint p where p.region = :x", region)
                + count("select count(r) from RegionRule r where r.region = :x", region);
        if (uses > 0) {
            throw new BaokaoException("region.in.use", region.getName());
        }
        refuseIfApplicationsUse("select count(*) from application where region_id = ?1", regionId, region.getName());
        em.remove(region);
        audit.record("region.deleted", "Region", regionId, region.getCode() + " " + region.getName());
    }

    public long createReviewPoint(Long regionId, String name, String address) {
        FormCheck check = new FormCheck();
        check.required("pointRegion", regionId);
        String checkedName = check.value(() -> requireText("pointName", name, 200));
        check.done();
        ReviewPoint point = new ReviewPoint();
        point.setRegion(find(Region.class, regionId));
        point.setName(checkedName);
        point.setAddress(address == null ? null : address.strip());
        em.persist(point);
        em.flush();
        audit.record("review-point.created", "ReviewPoint", point.getId(), point.getName());
        return point.getId();
    }

    public long createSite(Long regionId, String code, String name, String address, boolean registrationPoint) {
        FormCheck check = new FormCheck();
        check.required("siteRegion", regionId);
        String checkedCode = check.value(() -> requireCode("siteCode", code));
        String checkedName = check.value(() -> requireText("siteName", name, 200));
        String checkedAddress = check.value(() -> requireText("siteAddress", address, 400));
        check.done();
        ExamSite site = new ExamSite();
        site.setRegion(find(Region.class, regionId));
        site.setCode(checkedCode);
        site.setName(checkedName);
        site.setAddress(checkedAddress);
        site.setRegistrationPoint(registrationPoint);
        Database.insertUnique(em, site, () -> BaokaoException.at("siteCode", "code.duplicate", site.getCode()));
        audit.record("site.created", "ExamSite", site.getId(), site.getCode() + " " + site.getName() + ", " + site.getAddress());
        return site.getId();
    }

    public void updateSite(long siteId, long expectedVersion, String name, String address, boolean registrationPoint) {
        FormCheck check = new FormCheck();
        String checkedName = check.value(() -> requireText("siteName", name, 200));
        String checkedAddress = check.value(() -> requireText("siteAddress", address, 400));
        check.done();
        ExamSite site = find(ExamSite.class, siteId);
        checkVersion(site.getVersion(), expectedVersion);
        String before = site.getName() + ", " + site.getAddress();
        site.setName(checkedName);
        site.setAddress(checkedAddress);
        site.setRegistrationPoint(registrationPoint);
        audit.record("site.changed", "ExamSite", siteId, before + " -> " + site.getName() + ", " + site.getAddress()
                + (registrationPoint ? ", registration point" : ""));
    }

    public void deleteSite(long siteId) {
        ExamSite site = find(ExamSite.class, siteId);
        if (count("select count(r) from Room r where r.site = :x", site) > 0) {
            throw new BaokaoException("site.has.rooms", site.getName());
        }
        refuseIfApplicationsUse("select count(*) from application where site_id = ?1", siteId, site.getName());
        em.remove(site);
        audit.record("site.deleted", "ExamSite", siteId, site.getCode() + " " + site.getName());
    }

    public long createRoom(Long siteId, String name, int capacity, boolean computerRoom) {
        FormCheck check = new FormCheck();
        check.required("roomSite", siteId);
        String checkedName = check.value(() -> requireText("roomName", name, 100));
        check.rule(() -> requireCapacity(capacity));
        check.done();
        Room room = new Room(find(ExamSite.class, siteId));
        room.setName(checkedName);
        room.setCapacity(capacity);
        room.setComputerRoom(computerRoom);
        Database.insertUnique(em, room, () -> BaokaoException.at("roomName", "room.duplicate", room.getName()));
        audit.record("room.created", "Room", room.getId(), room.getSite().getName() + " / " + room.getName()
                + ", " + capacity + " seats" + (computerRoom ? ", computer room" : ""));
        return room.getId();
    }

    public void updateRoom(long roomId, long expectedVersion, String name, int capacity, boolean computerRoom) {
        FormCheck check = new FormCheck();
        String checkedName = check.value(() -> requireText("roomName", name, 100));
        check.rule(() -> requireCapacity(capacity));
        check.done();
        Room room = find(Room.class, roomId);
        checkVersion(room.getVersion(), expectedVersion);
        String before = room.getName() + ", " + room.getCapacity() + " seats";
        room.setName(checkedName);
        room.setCapacity(capacity);
        room.setComputerRoom(computerRoom);
        audit.record("room.changed", "Room", roomId, before + " -> " + room.getName() + ", " + capacity + " seats");
    }

    public void deleteRoom(long roomId) {
        Room room = find(Room.class, roomId);
        em.remove(room);
        audit.record("room.deleted", "Room", roomId, room.getSite().getName() + " / " + room.getName());
    }

    // ---- sessions ----

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
        ExamSession session = find(ExamSession.class, sessionId);
        checkVersion(session.getVersion(), expectedVersion);
        session.rename(valid.name(), valid.occupation());
        session.changeCalendar(valid.calendar());
        session.changePhotoRule(valid.photoRule());
        session.changeRules(form.approvedProfileRequired(), form.scoreValidityYears(), form.practiceNeedsFirstRegistration(),
                form.residencyTrainingDateRequired(), form.workProofWaivedForMedical());
        audit.record("session.changed", "ExamSession", sessionId, session.getCode() + " " + session.getName()
                + ", registration " + form.registrationOpens() + " .. " + form.registrationCloses());
    }

    public void publish(long sessionId, boolean published) {
        ExamSession session = find(ExamSession.class, sessionId);
        if (published && count("select count(s) from Subject s where s.level.session = :x", session) == 0) {
            throw new BaokaoException("session.publish.empty", session.getName());
        }
        session.publish(published);
        audit.record(published ? "session.published" : "session.withdrawn", "ExamSession", sessionId, session.getCode());
    }

    public long addLevel(long sessionId, String code, String name) {
        FormCheck check = new FormCheck();
        String checkedCode = check.value(() -> requireCode("levelCode", code));
        String checkedName = check.value(() -> requireText("levelName", name, 100));
        check.done();
        ExamLevel level = new ExamLevel(find(ExamSession.class, sessionId));
        level.setCode(checkedCode);
        level.setName(checkedName);
        Database.insertUnique(em, level, () -> BaokaoException.at("levelCode", "code.duplicate", level.getCode()));
        audit.record("level.added", "ExamSession", sessionId, level.getCode() + " " + level.getName());
        return level.getId();
    }

    public long addSpecialty(Long levelId, String code, String name) {
        FormCheck check = new FormCheck();
        check.required("level", levelId);
        String checkedCode = check.value(() -> requireCode("specialtyCode", code));
        String checkedName = check.value(() -> requireText("specialtyName", name, 100));
        check.done();
        Specialty specialty = new Specialty(find(ExamLevel.class, levelId));
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
        String checkedCode = check.value(() -> requireCode("subjectCode", code));
        String checkedName = check.value(() -> requireText("subjectName", name, 100));
        check.required("startsAt", startsAt, "subject.start.required");
        if (check.required("duration", durationMinutes) != null && (durationMinutes <= 0 || durationMinutes > 24 * 60)) {
            check.refuse(BaokaoException.at("duration", "subject.duration.invalid"));
        }
        check.done();
        ExamLevel level = find(ExamLevel.class, levelId);
        Subject subject = new Subject(level);
        if (specialtyId != null) {
            Specialty specialty = find(Specialty.class, specialtyId);
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
        Subject subject = find(Subject.class, subjectId);
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
        sittingsOf(subject).forEach(s -> starts.add(s.getStartsAt()));
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
        SubjectSitting sitting = find(SubjectSitting.class, sittingId);
        Subject subject = sitting.getSubject();
        em.lock(subject, LockModeType.PESSIMISTIC_WRITE);
        long seats = ((Number) em.createNativeQuery("select count(*) from seat_assignment where subject_id = ?1 and sitting = ?2")
                .setParameter(1, subject.getId()).setParameter(2, sitting.getSitting()).getSingleResult()).longValue();
        Sittings.checkRemovable(sitting.getSitting(), sittingsOf(subject).size() + 1, seats);
        em.remove(sitting);
        audit.record("sitting.removed", "ExamSession", subject.getLevel().getSession().getId(), subject.getLevel().getCode()
                + "/" + subject.getCode() + " sitting " + sitting.getSitting() + " at " + Sittings.shanghai(sitting.getStartsAt()));
    }

    /** The exam-day rules printed on the session's tickets; blank means the standard rules. */
    public void setExamDayRules(long sessionId, String rules) {
        ExamSession session = find(ExamSession.class, sessionId);
        String stored = ExamDayRules.normalise(rules);
        session.setExamDayRules(stored);
        audit.record("session.exam-day-rules.set", "ExamSession", sessionId, stored == null ? "standard rules"
                : stored.lines().count() + " paragraphs, " + stored.length() + " characters");
    }

    private List<SubjectSitting> sittingsOf(Subject subject) {
        return em.createQuery("select s from SubjectSitting s where s.subject = :x order by s.sitting", SubjectSitting.class)
                .setParameter("x", subject).getResultList();
    }

    public void deleteSubject(long subjectId) {
        Subject subject = find(Subject.class, subjectId);
        ExamSession session = subject.getLevel().getSession();
        if (session.isPublished()) {
            throw new BaokaoException("session.published.locked", session.getName());
        }
        refuseIfApplicationsUse("select count(*) from application_subject where subject_id = ?1", subjectId, subject.getName());
        em.createQuery("delete from SubjectSitting s where s.subject = :x").setParameter("x", subject).executeUpdate();
        em.remove(subject);
        audit.record("subject.deleted", "ExamSession", session.getId(), subject.getCode() + " " + subject.getName());
    }

    public void deleteLevel(long levelId) {
        ExamLevel level = find(ExamLevel.class, levelId);
        if (level.getSession().isPublished()) {
            throw new BaokaoException("session.published.locked", level.getSession().getName());
        }
        if (count("select count(s) from Subject s where s.level = :x", level) > 0
                || count("select count(s) from Specialty s where s.level = :x", level) > 0) {
            throw new BaokaoException("level.not.empty", level.getName());
        }
        refuseIfApplicationsUse("select count(*) from application where level_id = ?1", levelId, level.getName());
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
        String checkedText = check.value(() -> requireText("condition", text, 1000));
        check.done();
        ExamLevel level = find(ExamLevel.class, levelId);
        EligibilityCondition condition = new EligibilityCondition(level);
        condition.setText(checkedText);
        condition.setRequiredFields(requiredFields);
        condition.setPosition((int) count("select count(c) from EligibilityCondition c where c.level = :x", level) + 1);
        em.persist(condition);
        em.flush();
        audit.record("eligibility.added", "ExamSession", level.getSession().getId(), level.getCode() + ": " + condition.getText());
        return condition.getId();
    }

    /** Creates or replaces how one region runs the session. */
    public void setRegionRule(long sessionId, Long regionId, int reviewLevels, boolean reviewAfterExam,
                              ConfirmationMode confirmationMode, boolean onlinePayment) {
        FormCheck check = new FormCheck();
        check.required("ruleRegion", regionId);
        if (reviewLevels != 1 && reviewLevels != 2) {
            check.refuse(BaokaoException.at("reviewLevels", "rule.review.levels"));
        }
        check.required("confirmationMode", confirmationMode, "rule.confirmation.required");
        check.done();
        ExamSession session = find(ExamSession.class, sessionId);
        Region region = find(Region.class, regionId);
        List<RegionRule> existing = em.createQuery("select r from RegionRule r where r.session = :s and r.region = :r", RegionRule.class)
                .setParameter("s", session).setParameter("r", region).getResultList();
        RegionRule rule = existing.isEmpty() ? new RegionRule(session, region) : existing.get(0);
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
        if (maxKb <= 0) {
            throw BaokaoException.at("maxKb", "proof.size.invalid");
        }
        ExamSession session = find(ExamSession.class, sessionId);
        List<ProofRule> existing = em.createQuery("select p from ProofRule p where p.session = :s and p.kind = :k", ProofRule.class)
                .setParameter("s", session).setParameter("k", kind).getResultList();
        ProofRule rule = existing.isEmpty() ? new ProofRule(session) : existing.get(0);
        rule.setKind(kind);
        rule.setMaxKb(maxKb);
        rule.setRequired(required);
        if (existing.isEmpty()) {
            em.persist(rule);
        }
        audit.record("proof-rule.set", "ExamSession", sessionId, kind + " max " + maxKb + " KB, required " + required);
    }

    /** Publishes an announcement; its HTML is sanitised first, so no script can reach a reader. */
    public long publishNotice(long sessionId, String title, String html, Instant now) {
        Notice notice = new Notice(find(ExamSession.class, sessionId));
        notice.setTitle(requireText("title", title, 200));
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
        Notice notice = find(Notice.class, noticeId);
        AttachmentType.Checked checked = AttachmentType.check(fileName, content);
        NoticeAttachment attachment = new NoticeAttachment(notice, checked.fileName(), checked.contentType(), content);
        em.persist(attachment);
        em.flush();
        audit.record("notice.attachment.added", "ExamSession", notice.getSession().getId(),
                notice.getTitle() + ": " + checked.fileName() + " (" + content.length + " bytes)");
        return attachment.getId();
    }

    /**
     * Next term's session from this one: same levels, specialties, subjects and their sittings, eligibility
     * conditions, region and proof rules and exam-day rules, every date moved by {@code shift}; unpublished, without
     * notices.
     */
    public long copySession(long sourceId, String newCode, String newName, Duration shift) {
        ExamSession source = find(ExamSession.class, sourceId);
        ExamCalendar c = source.calendar();
        ExamCalendar moved = new ExamCalendar(
                new Window(c.registration().opensAt().plus(shift), c.registration().closesAt().plus(shift)),
                c.resubmissionDeadline().plus(shift), c.confirmationDeadline().plus(shift), c.paymentDeadline().plus(shift),
                new Window(c.ticketPrinting().opensAt().plus(shift), c.ticketPrinting().closesAt().plus(shift)),
                c.scoresReleasedAt().plus(shift));
        PhotoRule p = source.getPhotoRule();
        ExamSession copy = new ExamSession(requireCode("code", newCode), requireText("name", newName, 200),
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
                for (SubjectSitting sitting : sittingsOf(s)) {
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

    // ---- helpers ----

    private <T> T find(Class<T> type, Object id) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new BaokaoException("catalogue.not.found");
        }
        return found;
    }

    /** Applications point at catalogue rows: deleting one would orphan candidates' choices. */
    private void refuseIfApplicationsUse(String countSql, long id, String name) {
        long uses = ((Number) em.createNativeQuery(countSql).setParameter(1, id).getSingleResult()).longValue();
        if (uses > 0) {
            throw new BaokaoException("catalogue.used.by.applications", name, String.valueOf(uses));
        }
    }

    private long count(String jpql, Object x) {
        return em.createQuery(jpql, Long.class).setParameter("x", x).getSingleResult();
    }

    private static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new OptimisticLockException("changed by someone else meanwhile");
        }
    }

    static String requireCode(String field, String code) {
        String value = code == null ? "" : code.strip();
        if (!value.matches("[A-Za-z0-9_-]{1,20}")) {
            throw BaokaoException.at(field, "code.format");
        }
        return value;
    }

    static String requireText(String field, String text, int max) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw BaokaoException.at(field, "field.required");
        }
        if (value.length() > max) {
            throw BaokaoException.at(field, "field.too.long", max);
        }
        return value;
    }

    private static void requireCapacity(int capacity) {
        if (capacity <= 0 || capacity > 10_000) {
            throw BaokaoException.at("capacity", "room.capacity.invalid");
        }
    }
}
