package com.baokao.itest.incontainer;

import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationService;
import com.baokao.application.ApplicationStatus;
import com.baokao.application.ApplicationUploads;
import com.baokao.application.ApplicationView;
import com.baokao.application.Choices;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.PlacesService;
import com.baokao.catalogue.ProofKind;
import com.baokao.catalogue.SessionForm;
import com.baokao.catalogue.SessionTreeService;
import com.baokao.inbox.Inbox;
import com.baokao.itest.support.TestImages;
import com.baokao.platform.BusinessTime;
import com.baokao.profile.BasicInfo;
import com.baokao.profile.Education;
import com.baokao.profile.InvoiceKind;
import com.baokao.profile.PracticeCategory;
import com.baokao.profile.ProfileService;
import com.baokao.profile.UnitType;
import com.baokao.review.ApplicationReview;
import com.baokao.staff.ScopeType;
import com.baokao.staff.StaffAdministration;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The test region of InContainerIT's deployment, made once per deployment, and the steps that bring the candidate's
 * applications in it where a test needs them. A province with a city below it; two review points and two exam sites
 * (A, B) in the city; one reviewer of the whole province (900000004), one of site A (900000005), one of site B
 * (900000006); and a candidate (900000001) whose profile has its basic information and a photo. InContainerIT and the
 * feature tests it runs ({@link PaymentsAndRefunds}, {@link DeadlinesAndSchedules}) share it.
 */
@ApplicationScoped
public class ReviewRegion {

    static final long CANDIDATE = 900000001L;
    static final long REGION_REVIEWER = 900000004L;
    static final long SITE_A_REVIEWER = 900000005L;
    static final long SITE_B_REVIEWER = 900000006L;

    @EJB
    AsAdmin admin;

    @EJB
    AsCandidate candidate;

    @EJB
    AsRegionReviewer regionReviewer;

    @EJB
    TestData data;


    @EJB
    PlacesService placesService;

    @EJB
    SessionTreeService sessionTree;

    @EJB
    StaffAdministration staff;

    @EJB
    ProfileService profiles;

    @EJB
    ApplicationService applications;

    @EJB
    ApplicationQueries applicationQueries;

    @EJB
    ApplicationUploads applicationUploads;

    @EJB
    ApplicationReview review;

    @EJB
    Inbox inbox;

    private long city;
    private long pointOne;
    private long pointTwo;
    private long siteA;
    private long siteB;
    private int sessions;

    /** Makes the region, its sites and reviewers, and completes the candidate's profile; once per deployment. */
    public void prepare() throws Exception {
        if (city != 0) {
            return;
        }
        data.ensureAccount(CANDIDATE, "CANDIDATE", TestData.nextResidentId("330107"), null, "钱\uD842\uDFB7");
        data.ensureAccount(REGION_REVIEWER, "REVIEWER", null, "it-review-region", "审核员省");
        data.ensureAccount(SITE_A_REVIEWER, "REVIEWER", null, "it-review-site-a", "审核员甲");
        data.ensureAccount(SITE_B_REVIEWER, "REVIEWER", null, "it-review-site-b", "审核员乙");
        String n = String.valueOf(System.nanoTime() % 100000);
        long province = admin.call(() -> placesService.createRegion("RP" + n, "审核测试省", null));
        long region = admin.call(() -> placesService.createRegion("RC" + n, "审核测试市", province));
        pointOne = admin.call(() -> placesService.createReviewPoint(region, "审核测试一号审核点", "审核路 1 号"));
        pointTwo = admin.call(() -> placesService.createReviewPoint(region, "审核测试二号审核点", "审核路 2 号"));
        siteA = admin.call(() -> placesService.createSite(region, "RA" + n, "审核测试甲考点", "审核路 3 号", false));
        siteB = admin.call(() -> placesService.createSite(region, "RB" + n, "审核测试乙考点", "审核路 4 号", false));
        // the region reviewer answers for the province, and so for the city below it
        admin.run(() -> staff.assignScope(REGION_REVIEWER, ScopeType.REGION, province));
        admin.run(() -> staff.assignScope(SITE_A_REVIEWER, ScopeType.SITE, siteA));
        admin.run(() -> staff.assignScope(SITE_B_REVIEWER, ScopeType.SITE, siteB));

        // other test classes share this candidate: keep a profile they made, complete one that is missing
        var mine = candidate.call(() -> profiles.mine());
        if (!mine.basicInfoSaved()) {
            BasicInfo info = new BasicInfo(region, Education.BACHELOR, "公共卫生", true, LocalDate.of(2010, 7, 1), "测试单位",
                    UnitType.PUBLIC_INSTITUTION, null, 10, PracticeCategory.NONE, null, InvoiceKind.PERSONAL, null, null);
            candidate.run(() -> profiles.saveBasicInfo(mine.id() == null ? null : mine.version(), info));
        }
        if (candidate.call(() -> profiles.mine()).photo() == null) {
            byte[] photo = TestImages.photo(260, 360, Color.WHITE, 40);
            candidate.run(() -> profiles.uploadPhoto(profiles.mine().version(), photo));
        }
        city = region;
    }

    /** The city: the region the sessions' rules, the review points and the sites belong to. */
    public long id() {
        return city;
    }

    public long pointOne() {
        return pointOne;
    }

    public long pointTwo() {
        return pointTwo;
    }

    public long siteA() {
        return siteA;
    }

    public long siteB() {
        return siteB;
    }

    // ---- catalogue and candidate steps ----

    /** A published session open now in the region, with one level, one condition and one subject; fees paid online. */
    public long session(int reviewLevels, ConfirmationMode confirmation) throws Exception {
        return session(reviewLevels, confirmation, true);
    }

    public long session(int reviewLevels, ConfirmationMode confirmation, boolean onlinePayment) throws Exception {
        String code = "RV" + (++sessions) + "-" + System.nanoTime() % 100000;
        LocalDateTime opens = LocalDateTime.now(BusinessTime.ZONE).minusHours(1);
        SessionForm form = new SessionForm(code, "审核测试 " + code, "测试职业", opens, opens.plusDays(10), opens.plusDays(12),
                opens.plusDays(14), opens.plusDays(16), opens.plusDays(30), opens.plusDays(37), opens.plusDays(60),
                false, null, 260, 360, true, 15, 45, "WHITE,BLUE", false, false, true);
        return admin.call(() -> {
            long session = sessionTree.createSession(form);
            long level = sessionTree.addLevel(session, "3", "三级");
            sessionTree.addEligibilityCondition(level, "从事本职业工作 6 年以上");
            sessionTree.addSubject(level, null, "T", "理论知识", opens.plusDays(50), 90, true, 17500);
            sessionTree.setRegionRule(session, city, reviewLevels, false, confirmation, onlinePayment);
            if (confirmation == ConfirmationMode.ONLINE) {
                sessionTree.setProofRule(session, ProofKind.EDUCATION, 200, true);
            }
            sessionTree.publish(session, true);
            return session;
        });
    }

    /** The candidate's complete draft: review point, site, the level and its condition; proofs the region asks for. */
    public long draft(long session, long point, long site) throws Exception {
        long id = candidate.call(() -> applications.start(session, city, true));
        Choices choices = candidate.call(() -> {
            long level = applicationQueries.options(id, null).levels().get(0).id();
            long condition = applicationQueries.options(id, level).conditions().get(0).id();
            return new Choices(point, site, level, null, condition, null, null, null);
        });
        candidate.run(() -> applications.saveDraft(id, applicationQueries.view(id).version(), choices));
        if (!candidate.call(() -> applicationQueries.view(id)).photoCheck().fits()) {
            byte[] photo = TestImages.photo(260, 360, Color.WHITE, 40);
            candidate.run(() -> applicationUploads.uploadExamPhoto(id, applicationQueries.view(id).version(), photo));
        }
        for (ApplicationView.ProofLine proof : candidate.call(() -> applicationQueries.view(id)).confirmationProofs()) {
            if (proof.required() && proof.file() == null) {
                byte[] scan = TestImages.photo(600, 420, new Color(245, 245, 240), 150);
                candidate.run(() -> applicationUploads.uploadConfirmationProof(id, applicationQueries.view(id).version(), proof.kind(), scan));
            }
        }
        return id;
    }

    public long submitted(long session, long point, long site) throws Exception {
        long id = draft(session, point, site);
        candidate.run(() -> {
            ApplicationView view = applicationQueries.view(id);
            applications.submit(id, view.version(), view.choices());
        });
        assertEquals(ApplicationStatus.SUBMITTED, status(id));
        return id;
    }

    /** Submitted at review point one for site A, confirmed and approved by the region's reviewer (one level, online). */
    public long approved(long session) throws Exception {
        long id = submitted(session, pointOne, siteA);
        regionReviewer.run(() -> review.confirm(id, regionReviewer.call(() -> review.open(id)).version()));
        regionReviewer.run(() -> review.approve(id, regionReviewer.call(() -> review.open(id)).version()));
        return id;
    }

    /** Prints the registration form and returns the verification code on it. */
    public String printedCode(long id) throws Exception {
        byte[] pdf = candidate.call(() -> applicationQueries.registrationForm(id));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        return candidate.call(() -> applicationQueries.view(id)).verificationCode();
    }

    public static Choices withPoint(Choices c, long point) {
        return new Choices(point, c.siteId(), c.levelId(), c.specialtyId(), c.conditionId(), c.certificateNumber(),
                c.certificateDate(), c.residencyTrainingDate());
    }

    // ---- what became of them ----

    public ApplicationStatus status(long id) {
        return ApplicationStatus.valueOf((String) data.applicationRow(id)[0]);
    }

    public List<ApplicationStatus> statuses(List<Long> ids) {
        List<ApplicationStatus> statuses = new ArrayList<>();
        for (long id : ids) {
            statuses.add(status(id));
        }
        return statuses;
    }

    public long version(long id) {
        return ((Number) data.applicationRow(id)[1]).longValue();
    }

    public List<Long> auditEvents(List<Long> ids, String action) {
        return ids.stream().map(id -> data.auditEvents(id, action)).toList();
    }

    /** The titles of the candidate's inbox notices about one application, newest first. */
    public List<String> noticeTitles(long id) throws Exception {
        String link = "/candidate/application.xhtml?id=" + id;
        return candidate.call(() -> inbox.latest(0, 100000, Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(n -> link.equals(n.link())).map(com.baokao.inbox.Inbox.Notice::title).toList();
    }

    /** The candidate's inbox notices about one application. */
    public long notices(long id) throws Exception {
        String link = "/candidate/application.xhtml?id=" + id;
        return candidate.call(() -> inbox.latest(0, 100000, Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(n -> link.equals(n.link())).count();
    }
}
