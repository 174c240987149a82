package com.baokao.desk;

import com.baokao.account.Account;
import com.baokao.account.AccountRole;
import com.baokao.account.IdDocument;
import com.baokao.account.IdType;
import com.baokao.account.RegistrationForm;
import com.baokao.account.RegistrationService;
import com.baokao.account.Sex;
import com.baokao.account.reset.PasswordResetService;
import com.baokao.application.Application;
import com.baokao.application.ApplicationDocuments;
import com.baokao.application.ApplicationOptions;
import com.baokao.application.ApplicationView;
import com.baokao.application.ApplicationService;
import com.baokao.application.Choices;
import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ReviewPoint;
import com.baokao.i18n.BaokaoException;
import com.baokao.payment.OfflineMethod;
import com.baokao.payment.OfflinePayments;
import com.baokao.payment.Receipts;
import com.baokao.platform.Caller;
import com.baokao.platform.Database;
import com.baokao.platform.OutOfReachException;
import com.baokao.seating.IssuedTicket;
import com.baokao.staff.ScopeType;
import com.baokao.staff.StaffScope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The walk-in desk (现场报名) of one review point, for its operator: a staff account with a DESK scope on a review point
 * that takes walk-ins. Finds the candidate by ID number or opens their account (the candidate sets a password later
 * with a one-time code), records the pledge signed on paper, starts and submits the application with the candidate
 * through {@link ApplicationService} (same rules and messages as online; the review point is the desk's), takes the
 * fee ({@link OfflinePayments}), prints the receipt, pays out refunds of desk money and records the admission ticket
 * handed over. Every application it touches must be at the operator's point: another point's looks like a missing one.
 * Everything is audited with the operator's name (the audit trail names the caller).
 */
@Stateless
@RolesAllowed("REVIEWER")
public class WalkInDesk {

    /** The operator's desk. */
    public record Desk(long reviewPointId, String pointName, long regionId, String operatorName) implements Serializable {
    }

    /** The candidate standing at the desk, and their applications at this point. */
    public record CandidateAtDesk(long accountId, String fullName, String maskedIdNumber, boolean hasEmail,
                                  List<DeskApplication> applications) implements Serializable {
    }

    /** One application as the desk shows it. */
    public record DeskApplication(long id, long version, String sessionName, String status, String serialNumber,
                                  boolean ticketIssued, boolean handedOver) implements Serializable {
    }

    /** A candidate registered at the desk: the one-time code to hand them on paper. */
    public record Registered(long accountId, String oneTimeCode) implements Serializable {
    }

    /** What the desk types in for a candidate without an account (no password: they set it themselves later). */
    public record NewCandidate(String name, IdType idType, String idNumber, Sex sex, LocalDate birthDate, String phone,
                               String email) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @EJB
    RegistrationService registration;

    @EJB
    PasswordResetService resetCodes;

    @EJB
    ApplicationService applications;

    @EJB
    OfflinePayments offlinePayments;

    @EJB
    Receipts receipts;

    @EJB
    com.baokao.profile.ProfileService profiles;

    @EJB
    com.baokao.application.ApplicationQueries applicationQueries;

    @EJB
    com.baokao.seating.AdmissionTickets tickets;

    @EJB
    AuditTrail audit;

    /** The caller's desk; refused when the caller is no desk operator or their point takes no walk-ins. */
    public Desk desk() {
        long operator = Caller.accountId(context);
        Long point = em.createNamedQuery(StaffScope.OF_ACCOUNT, StaffScope.class).setParameter("account", operator)
                .getResultList().stream().filter(s -> s.getScopeType() == ScopeType.DESK).map(StaffScope::getScopeId)
                .findFirst().orElseThrow(() -> new BaokaoException("desk.notOperator"));
        ReviewPoint reviewPoint = em.find(ReviewPoint.class, point);
        if (reviewPoint == null || !reviewPoint.isTakesWalkIns()) {
            throw new BaokaoException("desk.noWalkIns", reviewPoint == null ? "" : reviewPoint.getName());
        }
        return new Desk(point, reviewPoint.getName(), reviewPoint.getRegion().getId(), em.find(Account.class, operator).getFullName());
    }

    /**
     * The candidate with this ID (the card in the operator's hand), with their applications at this point; empty when
     * nobody has that ID. Finding them is audited, and makes them this desk's candidate for the day.
     */
    public Optional<CandidateAtDesk> find(IdType idType, String idNumber) {
        Desk desk = desk();
        Optional<Account> found = em.createNamedQuery(Account.BY_ID_DOCUMENT, Account.class)
                .setParameter("idType", idType == null ? IdType.RESIDENT_ID : idType)
                .setParameter("idNumber", IdDocument.normaliseNumber(idNumber)).getResultStream()
                .filter(a -> a.getRole() == AccountRole.CANDIDATE).findFirst();
        found.ifPresent(a -> audit.record(FOUND, "Account", a.getId(), "found by ID number at the desk of " + desk.pointName()));
        return found.map(a -> candidate(desk, a));
    }

    /** The candidate again, by account (after registering them, or to refresh the desk's screen). */
    public CandidateAtDesk candidate(long accountId) {
        Desk desk = desk();
        return candidate(desk, servable(desk, accountId));
    }

    static final String FOUND = "desk.found";
    static final String REGISTERED = "desk.registered";

    /**
     * A candidate this desk may serve: one with an application at its point, or one whose ID number was typed at this
     * point's desk (found or registered) within the last day. Anyone else looks like a missing account, so a desk
     * cannot browse another point's candidates by account id.
     */
    private Account servable(Desk desk, long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getRole() != AccountRole.CANDIDATE) {
            throw new OutOfReachException("no such candidate");
        }
        boolean appliedHere = !em.createQuery("select a.id from Application a where a.accountId = :a and a.reviewPoint.id = :p",
                        Long.class).setParameter("a", accountId).setParameter("p", desk.reviewPointId()).setMaxResults(1)
                .getResultList().isEmpty();
        boolean cameToThisDesk = appliedHere || !em.createQuery("select e.id from AuditEvent e where e.subjectType = 'Account'"
                        + " and e.subjectId = :id and e.action in :actions and e.occurredAt > :since and e.actorAccountId in"
                        + " (select s.accountId from StaffScope s where s.scopeType = :desk and s.scopeId = :point)", Long.class)
                .setParameter("id", String.valueOf(accountId)).setParameter("actions", List.of(FOUND, REGISTERED))
                .setParameter("since", clock.instant().minus(java.time.Duration.ofDays(1)))
                .setParameter("desk", ScopeType.DESK).setParameter("point", desk.reviewPointId())
                .setMaxResults(1).getResultList().isEmpty();
        if (!cameToThisDesk) {
            throw new OutOfReachException("no such candidate");
        }
        return account;
    }

    private CandidateAtDesk candidate(Desk desk, Account account) {
        List<DeskApplication> here = em.createQuery("select a from Application a where a.accountId = :a"
                        + " and a.reviewPoint.id = :point order by a.id", Application.class)
                .setParameter("a", account.getId()).setParameter("point", desk.reviewPointId()).getResultList().stream()
                .map(this::view).toList();
        return new CandidateAtDesk(account.getId(), account.getFullName(), IdDocument.mask(account.getIdNumber()),
                account.getEmail() != null, here);
    }

    private DeskApplication view(Application a) {
        boolean ticket = em.find(IssuedTicket.class, a.getId()) != null;
        boolean handedOver = !em.createQuery("select h.id from TicketHandover h where h.applicationId = :a", Long.class)
                .setParameter("a", a.getId()).setMaxResults(1).getResultList().isEmpty();
        return new DeskApplication(a.getId(), a.getVersion(), a.getSession().getName(), a.getStatus().name(),
                ApplicationDocuments.serial(a), ticket, handedOver);
    }

    /**
     * Opens the account of a candidate who has none, through the ordinary registration (same checks and messages),
     * with a password nobody knows; returns the one-time code the candidate sets their own password with.
     */
    public Registered register(NewCandidate form, Locale locale) {
        Desk desk = desk();
        String unknown = OneTimePassword.unknownToAnyone();
        long id = registration.register(new RegistrationForm(true, form.name(), form.idType() == null ? IdType.RESIDENT_ID
                : form.idType(), form.idNumber(), form.sex(), form.birthDate(), form.phone(), form.email(),
                unknown, unknown)).id();
        String code = resetCodes.issueDeskCode(id, locale);
        audit.record(REGISTERED, "Account", id, "registered at the desk of " + desk.pointName() + " by " + desk.operatorName());
        return new Registered(id, code);
    }

    /** A new one-time code for a candidate registered at the desk who lost theirs (the earlier code dies). */
    public String newCode(long accountId, Locale locale) {
        Desk desk = desk();
        servable(desk, accountId);
        String code = resetCodes.issueDeskCode(accountId, locale);
        audit.record("desk.code", "Account", accountId, "one-time code handed out at the desk of " + desk.pointName());
        return code;
    }

    /** The candidate's profile, as the desk fills it in with them (basic information and photo). */
    public com.baokao.profile.ProfileView profile(long accountId) {
        servable(desk(), accountId);
        return profiles.atDesk(accountId);
    }

    /** Step 1 of the profile with the candidate at the desk: the same rules and messages as their own page. */
    public void saveBasicInfo(long accountId, Long expectedVersion, com.baokao.profile.BasicInfo info) {
        Desk desk = desk();
        servable(desk, accountId);
        profiles.saveBasicInfoAtDesk(accountId, expectedVersion, info);
        audit.record("desk.profile", "Account", accountId, "basic information filled in at the desk of " + desk.pointName());
    }

    /** The profile photo taken or scanned at the desk: checked against the same rule as an upload at home. */
    public void uploadPhoto(long accountId, long expectedVersion, byte[] photo) {
        Desk desk = desk();
        servable(desk, accountId);
        profiles.uploadPhotoAtDesk(accountId, expectedVersion, photo);
        audit.record("desk.photo", "Account", accountId, "photo taken at the desk of " + desk.pointName());
    }

    /** The integrity pledge the candidate signed on paper for this exam session, received at the desk. */
    public void recordPledge(long accountId, long sessionId, PledgeReceipt receivedAs) {
        Desk desk = desk();
        servable(desk, accountId);
        if (receivedAs == null) {
            throw BaokaoException.at("pledge", "application.pledge.required");
        }
        if (pledged(accountId, sessionId)) {
            return;
        }
        DeskPledge pledge = new DeskPledge(accountId, sessionId, desk.reviewPointId(), receivedAs, Caller.accountId(context),
                desk.operatorName(), clock.instant());
        Database.insertUnique(em, pledge, () -> new BaokaoException("application.stale"));
        audit.record("desk.pledge", "Account", accountId, "session " + sessionId + ", " + receivedAs + ", received by "
                + desk.operatorName());
    }

    /** The pledge printed with the candidate's data for the exam, to be signed on paper at the desk. */
    public byte[] pledgePdf(long accountId, long sessionId) {
        Desk desk = desk();
        servable(desk, accountId);
        Account account = em.find(Account.class, accountId);
        com.baokao.catalogue.ExamSession session = em.find(com.baokao.catalogue.ExamSession.class, sessionId);
        if (session == null || !session.isPublished()) {
            throw new OutOfReachException("no such exam");
        }
        return com.baokao.document.PledgePdf.render(new com.baokao.document.PledgeData(account.getFullName(),
                IdDocument.mask(account.getIdNumber()), session.getName(), session.getCode(), desk.pointName(),
                LocalDate.now(clock.withZone(com.baokao.platform.BusinessTime.ZONE)).toString()));
    }

    public boolean pledged(long accountId, long sessionId) {
        return !em.createQuery("select p.id from DeskPledge p where p.accountId = :a and p.sessionId = :s", Long.class)
                .setParameter("a", accountId).setParameter("s", sessionId).setMaxResults(1).getResultList().isEmpty();
    }

    /** An exam the desk can register candidates for now. */
    public record DeskExam(long sessionId, String code, String name, boolean deskOnly) implements Serializable {
    }

    /**
     * The exams whose registration is open now (not cancelled) in a region that holds this desk's point: what the desk
     * can register a candidate for.
     */
    public List<DeskExam> openExams() {
        Desk desk = desk();
        ReviewPoint point = em.find(ReviewPoint.class, desk.reviewPointId());
        java.time.Instant now = clock.instant();
        return em.createNamedQuery(com.baokao.catalogue.ExamSession.PUBLISHED_OPEN_OR_UPCOMING,
                        com.baokao.catalogue.ExamSession.class).setParameter("now", now).getResultList().stream()
                .filter(s -> !s.isCancelled() && s.calendar().registration().phaseAt(now)
                        == com.baokao.catalogue.Window.Phase.OPEN && regionFor(s.getId(), point).isPresent())
                .map(s -> new DeskExam(s.getId(), s.getCode(), s.getName(), s.isRegistrationAtDeskOnly())).toList();
    }

    /** The region of the session's rules that holds the point (the region an application at this desk is made in). */
    private Optional<Long> regionFor(long sessionId, ReviewPoint point) {
        for (Long region : em.createQuery("select r.region.id from RegionRule r where r.session.id = :s order by r.region.id",
                Long.class).setParameter("s", sessionId).getResultList()) {
            if (com.baokao.catalogue.RegionTree.below(em, java.util.Set.of(region)).contains(point.getRegion().getId())) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** Starts the candidate's application for an exam, in the region of the desk's point, once the pledge is recorded. */
    public long start(long accountId, long sessionId) {
        Desk desk = desk();
        long region = regionFor(sessionId, em.find(ReviewPoint.class, desk.reviewPointId()))
                .orElseThrow(() -> BaokaoException.at("region", "application.region.invalid"));
        return start(accountId, sessionId, region);
    }

    /** Starts the candidate's application for an exam and region, once the pledge is recorded. */
    public long start(long accountId, long sessionId, long regionId) {
        Desk desk = desk();
        servable(desk, accountId);
        if (!pledged(accountId, sessionId)) {
            throw BaokaoException.at("pledge", "desk.pledge.missing");
        }
        long id = applications.startAtDesk(accountId, sessionId, regionId, desk.reviewPointId());
        Application a = em.find(Application.class, id);
        if (a.getReviewPoint() != null && a.getReviewPoint().getId() != desk.reviewPointId()) {
            // an application the candidate began at another point stays that point's
            throw new BaokaoException("desk.otherPoint", a.getReviewPoint().getName());
        }
        return id;
    }

    /** The application as the desk fills it in with the candidate. */
    public ApplicationView view(long applicationId) {
        mine(applicationId);
        return applicationQueries.viewAtDesk(applicationId);
    }

    /** Its choices (sites, levels, specialties, conditions), as online. */
    public ApplicationOptions options(long applicationId, Long levelId) {
        mine(applicationId);
        return applicationQueries.optionsAtDesk(applicationId, levelId);
    }

    /** Submits what the desk filled in with the candidate; the review point is always the desk's own. */
    public void submit(long accountId, long applicationId, long expectedVersion, Choices choices) {
        Desk desk = desk();
        Application a = mine(applicationId);
        if (a.getAccountId() != accountId) {
            throw new OutOfReachException("no such application");
        }
        applications.submitAtDesk(accountId, applicationId, expectedVersion, new Choices(desk.reviewPointId(),
                choices.siteId(), choices.levelId(), choices.specialtyId(), choices.conditionId(), choices.certificateNumber(),
                choices.certificateDate(), choices.residencyTrainingDate()));
    }

    /** The fee the desk is to take, in fen. */
    public long fee(long applicationId) {
        mine(applicationId);
        return offlinePayments.fee(applicationId);
    }

    /** Takes the fee (cash or card, against a slip); the application becomes PAID as after an online payment. */
    public OfflinePayments.Taken takeFee(long applicationId, OfflineMethod method, String slipNumber) {
        Desk desk = desk();
        mine(applicationId);
        return offlinePayments.take(applicationId, desk.reviewPointId(), method, slipNumber, Caller.accountId(context),
                desk.operatorName());
    }

    /** The electronic fee receipt, the same as online, marked as paid at the desk when it was. */
    public byte[] receipt(long applicationId) {
        mine(applicationId);
        byte[] pdf = receipts.pdfAtDesk(applicationId);
        audit.record("desk.receipt", "Application", applicationId, "receipt printed at the desk");
        return pdf;
    }

    /** The admission ticket printed at the desk (the same PDF as the candidate's, in its printing window). */
    public byte[] ticket(long applicationId) {
        mine(applicationId);
        byte[] pdf = tickets.pdfAtDesk(applicationId);
        audit.record("desk.ticket.printed", "Application", applicationId, "admission ticket printed at the desk");
        return pdf;
    }

    /** Refunds of money this desk took: queued ones are to be paid out here. */
    public List<OfflinePayments.DeskRefund> refunds() {
        return offlinePayments.refunds(desk().reviewPointId());
    }

    /** Records that a queued refund was handed back to the candidate at this desk. */
    public void payOut(long refundId) {
        Desk desk = desk();
        offlinePayments.payOut(refundId, desk.reviewPointId(), desk.operatorName());
    }

    /** The day's payments taken at this desk. */
    public List<OfflinePayments.TakingsLine> takings(LocalDate day) {
        return offlinePayments.takings(desk().reviewPointId(), day);
    }

    /** The end-of-day cash report: takings per operator and method, refunds paid back, each payment matched. */
    public TakingsReport takingsReport(LocalDate day) {
        long point = desk().reviewPointId();
        return TakingsReport.of(offlinePayments.takings(point, day), offlinePayments.paidOut(point, day));
    }

    /** The same report as XLSX, for the centre's cashier. */
    public byte[] takingsWorkbook(LocalDate day) {
        Desk desk = desk();
        byte[] xlsx = TakingsWorkbook.write(desk.pointName(), day, takingsReport(day));
        audit.record("desk.takings", "ReviewPoint", desk.reviewPointId(), "cash report of " + day + " downloaded");
        return xlsx;
    }

    /** Records the admission ticket printed and handed over at the desk; only with the candidate's ID checked. */
    public void handOver(long applicationId, boolean idChecked) {
        Desk desk = desk();
        Application a = mine(applicationId);
        if (!idChecked) {
            throw BaokaoException.at("idChecked", "desk.handover.idNotChecked");
        }
        if (em.find(IssuedTicket.class, applicationId) == null) {
            throw new BaokaoException("desk.handover.noTicket");
        }
        em.persist(new TicketHandover(applicationId, Caller.accountId(context), desk.operatorName(), clock.instant()));
        audit.record("desk.ticket.handedOver", "Application", a.getId(), "admission ticket handed over by "
                + desk.operatorName() + ", ID checked");
    }

    /** An application at this desk's point; any other looks like a missing one. */
    private Application mine(long applicationId) {
        long point = desk().reviewPointId();
        Application a = em.find(Application.class, applicationId);
        if (a == null || a.getReviewPoint() == null || a.getReviewPoint().getId() != point) {
            throw new OutOfReachException("no such application");
        }
        return a;
    }
}
