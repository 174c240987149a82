package com.baokao.itest.incontainer;

import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationService;
import com.baokao.application.ApplicationStatus;
import com.baokao.application.ApplicationUploads;
import com.baokao.application.ApplicationView;
import com.baokao.application.CandidateFiles;
import com.baokao.application.Choices;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.PlacesService;
import com.baokao.catalogue.SessionForm;
import com.baokao.catalogue.SessionTreeService;
import com.baokao.decision.ReasonEntry;
import com.baokao.decision.ReviewReason;
import com.baokao.i18n.BaokaoException;
import com.baokao.itest.support.TestImages;
import com.baokao.platform.BusinessTime;
import com.baokao.profile.BasicInfo;
import com.baokao.profile.Education;
import com.baokao.profile.InvoiceKind;
import com.baokao.profile.PracticeCategory;
import com.baokao.profile.ProfileService;
import com.baokao.profile.UnitType;
import com.baokao.review.ProfileReview;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.awt.Color;
import java.io.File;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.baokao.itest.incontainer.Outcomes.catchThrowable;
import static com.baokao.itest.incontainer.Outcomes.denied;
import static com.baokao.itest.incontainer.Outcomes.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Profiles and applications in the container, acting as a real candidate (account 900000001, the run-as
 * identity the test deployment maps): another candidate's application and files cannot be read or changed
 * through any service method that takes an id; concurrent submits of one application lock it (one wins, the
 * other is told the page is stale); concurrent submits of many applications get distinct serial numbers;
 * withdraw keeps the serial; a region change clears the choices; a reviewer sees only their own region's profiles;
 * a photo that does not fit an exam is replaced for that exam only; a returned profile shows its reasons and goes back.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationsIT {

    static final long CANDIDATE = 900000001L;
    static final long REVIEWER = 900000002L;

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("baokao.it.deploy.dir"), "baokao.war");
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.delete("WEB-INF/glassfish-web.xml");
        return archive.addAsWebInfResource("glassfish-web-test-identities.xml", "glassfish-web.xml")
                .addAsWebInfResource("glassfish-ejb-jar-test-identities.xml", "glassfish-ejb-jar.xml")
                .addClasses(ApplicationsIT.class, Outcomes.class, AsAdmin.class, AsAdmin.ThrowingRunnable.class, AsCandidate.class,
                        AsReviewer.class, TestData.class, TestImages.class, ResultsData.class)
                // PDFBox reads the qualification form back in the container (a test dependency, not in the WAR)
                .addAsLibraries(jarOf(org.apache.pdfbox.Loader.class), jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
                        jarOf(org.apache.fontbox.FontBoxFont.class), jarOf(org.apache.commons.logging.LogFactory.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @EJB
    AsAdmin admin;

    @EJB
    AsCandidate candidate;

    @EJB
    AsReviewer reviewer;

    @EJB
    TestData data;


    @EJB
    PlacesService placesService;

    @EJB
    SessionTreeService sessionTree;

    @EJB
    ApplicationService applications;

    @EJB
    ApplicationQueries applicationQueries;

    @EJB
    ApplicationUploads applicationUploads;

    @EJB
    ProfileService profiles;

    @EJB
    ProfileReview review;

    @EJB
    CandidateFiles files;

    @EJB
    com.baokao.review.ApplicationReview applicationReview;

    @EJB
    com.baokao.staff.StaffAdministration staff;

    @Resource
    ManagedExecutorService executor;

    @EJB
    com.baokao.application.SitePlacesAdmin sitePlaces;

    @EJB
    ResultsData results;

    @EJB
    com.baokao.score.ScoreResults scoreResults;

    @EJB
    com.baokao.score.ScoreRelease scoreRelease;

    @EJB
    com.baokao.score.PostExamForms postExamForms;

    @EJB
    com.baokao.score.ScoreQueries scoreQueries;

    private static long region;
    private static long otherRegion;
    private static long point;
    private static long site;
    private static int sessions;

    /** The candidate account, the reviewer (scope: the first region), places and a complete profile; once. */
    @BeforeEach
    void candidateWithProfile() throws Exception {
        if (region != 0) {
            return;
        }
        data.ensureAccount(CANDIDATE, "CANDIDATE", TestData.nextResidentId("330106"), null, "钱\uD842\uDFB7");
        data.ensureAccount(REVIEWER, "REVIEWER", null, "it-reviewer", "审核员乙");
        region = admin.call(() -> placesService.createRegion("AP" + System.nanoTime() % 100000, "应用测试市", null));
        otherRegion = admin.call(() -> placesService.createRegion("AQ" + System.nanoTime() % 100000, "另一测试市", null));
        point = admin.call(() -> placesService.createReviewPoint(region, "应用测试审核点", "测试路 1 号"));
        site = admin.call(() -> placesService.createSite(region, "AS" + System.nanoTime() % 100000, "应用测试考点", "测试路 2 号", false));
        admin.run(() -> staff.assignScope(REVIEWER, com.baokao.staff.ScopeType.REGION, region));
        BasicInfo info = new BasicInfo(region, Education.BACHELOR, "公共卫生", true, LocalDate.of(2010, 7, 1), "测试单位",
                UnitType.PUBLIC_INSTITUTION, null, 10, PracticeCategory.NONE, null, InvoiceKind.PERSONAL, null, null);
        candidate.run(() -> profiles.saveBasicInfo(null, info));
        byte[] photo = TestImages.photo(260, 360, Color.WHITE, 40);
        candidate.run(() -> profiles.uploadPhoto(profiles.mine().version(), photo));
    }

    /** A published session open now, one level with one condition and two subjects, run in the test region. */
    private long openSession() throws Exception {
        return openSession(260, 360, true);
    }

    private long openSession(int photoWidth, int photoHeight, boolean exactSize) throws Exception {
        String code = "AJ" + (++sessions) + "-" + System.nanoTime() % 100000;
        LocalDateTime opens = LocalDateTime.now(BusinessTime.ZONE).minusHours(1);
        SessionForm form = new SessionForm(code, "应用测试 " + code, "测试职业", opens, opens.plusDays(10), opens.plusDays(12),
                opens.plusDays(14), opens.plusDays(16), opens.plusDays(30), opens.plusDays(37), opens.plusDays(60),
                false, null, photoWidth, photoHeight, exactSize, 15, 45, "WHITE,BLUE", false, false, true);
        return admin.call(() -> {
            long session = sessionTree.createSession(form);
            long level = sessionTree.addLevel(session, "3", "三级");
            sessionTree.addEligibilityCondition(level, "从事本职业工作 6 年以上");
            sessionTree.addSubject(level, null, "T", "理论知识", opens.plusDays(50), 90, true, 17500);
            sessionTree.addSubject(level, null, "S", "技能操作", opens.plusDays(50).plusHours(5), 120, true, 17500);
            sessionTree.setRegionRule(session, region, 1, false, ConfirmationMode.ONLINE, true);
            sessionTree.setRegionRule(session, otherRegion, 1, false, ConfirmationMode.ONLINE, true);
            sessionTree.publish(session, true);
            return session;
        });
    }

    /** Starts an application in the test region and fills in every choice (the level's only condition). */
    private long filledDraft(long session) throws Exception {
        long id = candidate.call(() -> applications.start(session, region, true));
        Choices choices = completeChoices(id);
        candidate.run(() -> applications.saveDraft(id, applicationQueries.view(id).version(), choices));
        return id;
    }

    private Choices completeChoices(long applicationId) throws Exception {
        return candidate.call(() -> {
            var options = applicationQueries.options(applicationId, null);
            long level = options.levels().get(0).id();
            long condition = applicationQueries.options(applicationId, level).conditions().get(0).id();
            return new Choices(point, site, level, null, condition, null, null, null);
        });
    }

    @Test
    void anotherCandidatesApplicationAndFilesAreOutOfReach() throws Exception {
        long session = openSession();
        data.ensureAccount(900000003L, "CANDIDATE", TestData.nextResidentId("330106"), null, "孙其他");
        long[] foreign = data.foreignApplication(900000003L, session, region, TestImages.photo(260, 360, Color.WHITE, 40));
        long other = foreign[0];
        Object[] before = data.applicationRow(other);

        List<Callable<Object>> attempts = List.of(
                () -> applicationQueries.view(other),
                () -> applicationQueries.options(other, null),
                () -> applicationQueries.registrationForm(other),
                () -> { applications.saveDraft(other, 1, Choices.none()); return null; },
                () -> { applications.submit(other, 1, Choices.none()); return null; },
                () -> { applications.withdraw(other, 1); return null; },
                () -> { applications.changeRegion(other, 1, otherRegion); return null; },
                () -> { applicationUploads.uploadExamPhoto(other, 1, TestImages.photo(260, 360, Color.WHITE, 40)); return null; });
        for (Callable<Object> attempt : attempts) {
            assertTrue(denied(catchThrowable(() -> candidate.call(attempt))), "denied");
        }
        assertTrue(candidate.call(() -> files.open(foreign[1])).isEmpty());
        assertFalse(candidate.call(() -> applicationQueries.mine()).stream().anyMatch(a -> a.id() == other));
        assertEquals(java.util.Arrays.asList(before), java.util.Arrays.asList(data.applicationRow(other)));

        // the reviewer of the candidate's region sees the own photo; a candidate's own file is theirs only
        long photo = candidate.call(() -> profiles.mine().photo().id());
        assertTrue(candidate.call(() -> files.open(photo)).isPresent());
    }

    @Test
    void twoConcurrentSubmitsOfOneApplicationLockIt() throws Exception {
        long id = filledDraft(openSession());
        long version = candidate.call(() -> applicationQueries.view(id).version());
        Choices choices = completeChoices(id);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    candidate.run(() -> applications.submit(id, version, choices));
                    return "submitted";
                } catch (Exception e) {
                    return refusal(e);
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        java.util.Collections.sort(results);
        assertEquals(List.of("application.stale", "submitted"), results);
        ApplicationView submitted = candidate.call(() -> applicationQueries.view(id));
        assertEquals(ApplicationStatus.SUBMITTED, submitted.status());
        assertNotNull(submitted.serialNumber());
    }

    @Test
    void concurrentSubmitsOfManyApplicationsGetDistinctSerialNumbers() throws Exception {
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drafts.add(filledDraft(openSession()));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long id : drafts) {
            outcomes.add(executor.submit(() -> {
                start.await();
                return candidate.call(() -> {
                    ApplicationView view = applicationQueries.view(id);
                    applications.submit(id, view.version(), view.choices());
                    return applicationQueries.view(id).serialNumber();
                });
            }));
        }
        start.countDown();
        Set<String> numbers = new HashSet<>();
        for (Future<String> outcome : outcomes) {
            numbers.add(outcome.get(60, TimeUnit.SECONDS).replaceAll(".*-", ""));
        }
        assertEquals(drafts.size(), numbers.size());
    }

    @Test
    void aFullSiteIsRefusedNamingTheSitesWithPlacesAndAWithdrawalGivesThePlaceBack() throws Exception {
        long session = openSession();
        long id = filledDraft(session);
        long other = admin.call(() -> placesService.createSite(region, "AO" + System.nanoTime() % 100000, "名额另一考点",
                "测试路 4 号", false));
        admin.run(() -> sitePlaces.setPlaces(session, site, null, 0));
        assertEquals(0, candidate.call(() -> applicationQueries.options(id, null)).placesLeft().get(site));
        ApplicationView draft = candidate.call(() -> applicationQueries.view(id));
        BaokaoException full = (BaokaoException) catchThrowable(() -> candidate.run(() -> applications.submit(id,
                draft.version(), draft.choices())));
        assertEquals("application.site.full", full.getMessageKey());
        assertTrue(java.util.Arrays.asList(full.getMessageArgs()).toString().contains("名额另一考点"), "names the open site");
        assertEquals(ApplicationStatus.DRAFT, candidate.call(() -> applicationQueries.view(id)).status());

        admin.run(() -> sitePlaces.setPlaces(session, site, null, 1));
        candidate.run(() -> applications.submit(id, draft.version(), draft.choices()));
        assertEquals(1, data.holdsAt(session, site));
        assertEquals("places.belowHeld", refusal(catchThrowable(() -> admin.run(() -> sitePlaces.setPlaces(session, site, null, 0)))));
        // a subject's own number counts those who sit it; the whole-site number keeps its hold
        long subject = data.subjectIds(session).get(0).longValue();
        admin.run(() -> sitePlaces.setPlaces(session, site, subject, 5));
        assertEquals(2, data.holdsAt(session, site));
        assertTrue(admin.call(() -> sitePlaces.linesOf(session)).stream()
                .anyMatch(l -> l.siteId() == site && Long.valueOf(subject).equals(l.subjectId()) && l.held() == 1 && l.places() == 5));

        candidate.run(() -> applications.withdraw(id, candidate.call(() -> applicationQueries.view(id)).version()));
        assertEquals(0, data.holdsAt(session, site));
        assertTrue(admin.call(() -> sitePlaces.linesOf(session)).stream().filter(l -> l.siteId() == site)
                .allMatch(l -> l.held() == 0));
        admin.run(() -> sitePlaces.setPlaces(session, site, null, null));
        admin.run(() -> sitePlaces.setPlaces(session, site, subject, null));
        assertTrue(candidate.call(() -> applicationQueries.options(id, null)).placesLeft().isEmpty());
        assertNotEquals(0, other);
    }

    @Test
    void concurrentSubmissionsAtASiteWithFewPlacesNeverOverbookIt() throws Exception {
        long session = openSession();
        long crowded = admin.call(() -> placesService.createSite(region, "AC" + System.nanoTime() % 100000, "名额紧张考点",
                "测试路 3 号", false));
        int places = 10;
        admin.run(() -> sitePlaces.setPlaces(session, crowded, null, places));
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long owner = 900200000L + sessions * 100L + i;
            data.ensureAccount(owner, "CANDIDATE", TestData.nextResidentId("330106"), null, "名额考生" + i);
            submitted.add(data.submittedAt(owner, session, region, crowded));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long id : submitted) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    data.holdPlace(id);
                    return "held";
                } catch (Exception e) {
                    return refusal(e);
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(120, TimeUnit.SECONDS));
        }
        assertEquals(places, results.stream().filter("held"::equals).count(), results.toString());
        assertEquals(submitted.size() - places, results.stream().filter("application.site.full"::equals).count(), results.toString());
        assertEquals(places, data.holdsAt(session, crowded));
        assertTrue(admin.call(() -> sitePlaces.linesOf(session)).stream()
                .anyMatch(l -> l.siteId() == crowded && l.subjectId() == null && l.held() == places));
    }

    @Test
    void withdrawKeepsTheSerialNumberAndAStaleVersionIsRefused() throws Exception {
        long id = filledDraft(openSession());
        ApplicationView draft = candidate.call(() -> applicationQueries.view(id));
        assertEquals(List.of("T", "S"), draft.subjects().stream().map(ApplicationView.SubjectLine::code).toList());
        String before = draft.verificationCode();
        candidate.run(() -> applications.submit(id, draft.version(), draft.choices()));
        ApplicationView submitted = candidate.call(() -> applicationQueries.view(id));
        assertNotEquals(before, submitted.verificationCode()); // status and serial are printed

        assertEquals("application.locked", refusal(catchThrowable(() -> candidate.run(() -> applications.saveDraft(id,
                submitted.version(), submitted.choices())))));
        assertEquals("application.stale", refusal(catchThrowable(() -> candidate.run(() -> applications.withdraw(id,
                draft.version())))));
        candidate.run(() -> applications.withdraw(id, submitted.version()));
        ApplicationView withdrawn = candidate.call(() -> applicationQueries.view(id));
        assertEquals(ApplicationStatus.DRAFT, withdrawn.status());
        candidate.run(() -> applications.submit(id, withdrawn.version(), withdrawn.choices()));
        assertEquals(submitted.serialNumber(), candidate.call(() -> applicationQueries.view(id)).serialNumber());

        byte[] pdf = candidate.call(() -> applicationQueries.registrationForm(id));
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void changingTheRegionClearsTheChoicesButNotTheProfile() throws Exception {
        long id = filledDraft(openSession());
        ApplicationView draft = candidate.call(() -> applicationQueries.view(id));
        assertNotNull(draft.choices().levelId());
        candidate.run(() -> applications.changeRegion(id, draft.version(), otherRegion));
        ApplicationView moved = candidate.call(() -> applicationQueries.view(id));
        assertEquals("另一测试市", moved.region());
        assertEquals(Choices.none(), moved.choices());
        assertTrue(moved.subjects().isEmpty());
        assertTrue(candidate.call(() -> profiles.mine().basicInfoSaved()));
        // the catalogue keeps what applications point at
        long usedSite = admin.call(() -> placesService.createSite(otherRegion, "AU" + System.nanoTime() % 100000, "在用考点", "测试路 3 号", false));
        Choices onSite = new Choices(null, usedSite, null, null, null, null, null, null);
        candidate.run(() -> applications.saveDraft(id, moved.version(), onSite));
        assertEquals("catalogue.used.by.applications", refusal(catchThrowable(() -> admin.run(() -> placesService.deleteSite(usedSite)))));
        ApplicationView onUsedSite = candidate.call(() -> applicationQueries.view(id));
        assertEquals("在用考点", onUsedSite.site());
        // the old region's review point is not a valid choice any more
        Choices old = new Choices(point, null, null, null, null, null, null, null);
        assertEquals("application.choice.invalid",
                refusal(catchThrowable(() -> candidate.run(() -> applications.saveDraft(id, onUsedSite.version(), old)))));
    }

    @Test
    void aReviewerDecidesOnlyProfilesOfTheirRegion() throws Exception {
        byte[] proof = TestImages.photo(300, 200, Color.WHITE, 80);
        for (var kind : List.of(com.baokao.catalogue.ProofKind.ID_CARD_FRONT, com.baokao.catalogue.ProofKind.EDUCATION)) {
            candidate.run(() -> profiles.uploadProof(profiles.mine().version(), kind, proof));
        }
        var mine = candidate.call(() -> profiles.mine());
        if (mine.editable()) {
            candidate.run(() -> profiles.submit(mine.version()));
        }
        long profileId = mine.id();
        assertTrue(reviewer.call(() -> review.waiting(500)).stream().anyMatch(r -> r.profileId() == profileId));
        assertEquals(CANDIDATE, reviewer.call(() -> review.open(profileId)).candidate().accountId());

        // out of scope: a profile in another region is neither listed nor readable nor decidable
        admin.run(() -> staff.removeScope(staff.staff().stream().filter(s -> s.id() == REVIEWER).findFirst().orElseThrow()
                .scopes().get(0).id()));
        assertTrue(reviewer.call(() -> review.waiting(500)).isEmpty());
        assertTrue(denied(catchThrowable(() -> reviewer.call(() -> review.open(profileId)))));
        assertTrue(denied(catchThrowable(() -> reviewer.run(() -> review.approve(profileId, mine.version() + 1)))));
        admin.run(() -> staff.assignScope(REVIEWER, com.baokao.staff.ScopeType.REGION, region));

        var submitted = candidate.call(() -> profiles.mine());
        assertEquals("review.reasons.required",
                refusal(catchThrowable(() -> reviewer.run(() -> review.returnForCorrection(profileId, submitted.version(), " ")))));
        reviewer.run(() -> review.approve(profileId, submitted.version()));
        assertTrue(candidate.call(() -> profiles.mine()).approvedNow());
        assertEquals("review.stale", refusal(catchThrowable(() -> reviewer.run(() -> review.approve(profileId, submitted.version())))));
    }

    @Test
    void aPhotoThatDoesNotFitTheExamIsReplacedForThatExamOnly() throws Exception {
        long id = filledDraft(openSession(295, 413, false)); // seed 001: at least 295x413
        ApplicationView draft = candidate.call(() -> applicationQueries.view(id));
        assertFalse(draft.photoCheck().fits());
        assertEquals(List.of(new ApplicationView.PhotoCheck.Reason("photo.size.min", List.of("295×413", "260×360"))),
                draft.photoCheck().reasons());
        assertEquals("application.photo.notFit", refusal(catchThrowable(() -> candidate.run(() ->
                applications.submit(id, draft.version(), draft.choices())))));

        byte[] bigger = TestImages.photo(330, 460, new Color(67, 142, 219), 44);
        candidate.run(() -> applicationUploads.uploadExamPhoto(id, draft.version(), bigger));
        ApplicationView withPhoto = candidate.call(() -> applicationQueries.view(id));
        assertTrue(withPhoto.examPhoto());
        assertTrue(withPhoto.photoCheck().fits());
        candidate.run(() -> applications.submit(id, withPhoto.version(), withPhoto.choices()));
        assertEquals(ApplicationStatus.SUBMITTED, candidate.call(() -> applicationQueries.view(id)).status());
        // the profile keeps its own photo
        assertEquals(Integer.valueOf(260), candidate.call(() -> profiles.mine().photo().width()));
    }

    @Test
    void aReturnedProfileShowsTheReasonsAndCanBeCorrectedAndSubmittedAgain() throws Exception {
        var profile = candidate.call(() -> profiles.mine());
        if (profile.status() == com.baokao.profile.ProfileStatus.APPROVED) {
            candidate.run(() -> profiles.reopen(profile.version()));
        }
        byte[] proof = TestImages.photo(300, 200, Color.WHITE, 80);
        for (var kind : List.of(com.baokao.catalogue.ProofKind.ID_CARD_FRONT, com.baokao.catalogue.ProofKind.EDUCATION)) {
            candidate.run(() -> profiles.uploadProof(profiles.mine().version(), kind, proof));
        }
        var editing = candidate.call(() -> profiles.mine());
        if (editing.editable()) {
            candidate.run(() -> profiles.submit(editing.version()));
        }
        var submitted = candidate.call(() -> profiles.mine());
        assertEquals("profile.locked.submitted", refusal(catchThrowable(() -> candidate.run(() ->
                profiles.uploadPhoto(submitted.version(), TestImages.photo(260, 360, Color.WHITE, 40))))));

        reviewer.run(() -> review.returnForCorrection(submitted.id(), submitted.version(), "学历证明不清晰，请重新上传"));
        var returned = candidate.call(() -> profiles.mine());
        assertEquals(com.baokao.profile.ProfileStatus.RETURNED, returned.status());
        assertEquals("学历证明不清晰，请重新上传", returned.returnReasons());
        assertTrue(returned.editable());
        candidate.run(() -> profiles.uploadProof(returned.version(), com.baokao.catalogue.ProofKind.EDUCATION,
                TestImages.photo(320, 220, Color.WHITE, 90)));
        candidate.run(() -> profiles.submit(profiles.mine().version()));
        assertEquals(com.baokao.profile.ProfileStatus.SUBMITTED, candidate.call(() -> profiles.mine()).status());
        assertEquals(null, candidate.call(() -> profiles.mine()).returnReasons());
    }

    /**
     * Review after the exam (考后复核): confirmation leads straight to payment; the review is refused before the exam,
     * and a failed one voids the candidate's scores of that exam, keeping them with the reason; other exams'
     * scores stay; it cannot be decided twice.
     */
    @Test
    void aFailedPostExamReviewVoidsThisExamsScoresAndKeepsThem() throws Exception {
        String code = "PX" + System.nanoTime() % 100000;
        String occupation = "考后复核职业" + code;
        LocalDateTime opens = LocalDateTime.now(BusinessTime.ZONE).minusHours(1);
        SessionForm form = new SessionForm(code, "考后复核测试 " + code, occupation, opens, opens.plusDays(10), opens.plusDays(12),
                opens.plusDays(14), opens.plusDays(16), opens.plusDays(30), opens.plusDays(37), opens.plusDays(60),
                false, null, 260, 360, true, 15, 45, "WHITE,BLUE", false, false, true);
        long session = admin.call(() -> {
            long s = sessionTree.createSession(form);
            long level = sessionTree.addLevel(s, "3", "三级");
            sessionTree.addEligibilityCondition(level, "从事本职业工作 6 年以上");
            sessionTree.addSubject(level, null, "T", "理论知识", opens.plusDays(50), 90, true, 17500);
            sessionTree.setRegionRule(s, region, 1, true, ConfirmationMode.ONLINE, true);
            sessionTree.publish(s, true);
            return s;
        });
        long id = filledDraft(session);
        candidate.run(() -> applications.submit(id, applicationQueries.view(id).version(), completeChoices(id)));
        reviewer.run(() -> applicationReview.confirm(id, applicationReview.open(id).version()));
        assertEquals(ApplicationStatus.APPROVED, candidate.call(() -> applicationQueries.view(id)).status(),
                "review after the exam: confirmed means on to payment");

        Throwable early = catchThrowable(() -> reviewer.run(() -> applicationReview.decidePostExam(id,
                applicationReview.open(id).version(), false, List.of(new ReasonEntry(ReviewReason.CONDITION_NOT_MET, null, "x")))));
        assertEquals("review.postExam.notDue", refusal(early));

        LocalDate examDay = LocalDate.now(BusinessTime.ZONE).minusDays(3);
        data.moveSubjects(session, examDay.atTime(9, 0).atZone(BusinessTime.ZONE).toInstant());
        data.addScore(CANDIDATE, occupation, "3", "T", examDay, true);
        data.addScore(CANDIDATE, occupation, "3", "S", examDay.minusYears(1), true);
        var item = reviewer.call(() -> applicationReview.open(id));
        assertTrue(item.postExamDue());
        reviewer.run(() -> applicationReview.decidePostExam(id, item.version(), false,
                List.of(new ReasonEntry(ReviewReason.CONDITION_NOT_MET, "condition", "工作年限证明不实"))));

        List<Object[]> scores = data.scores(CANDIDATE, occupation);
        assertEquals(2, scores.size(), "voided scores are kept");
        assertEquals("S", scores.get(0)[0]);
        assertFalse((Boolean) scores.get(0)[1], "a score of another sitting stays valid");
        assertEquals("T", scores.get(1)[0]);
        assertTrue((Boolean) scores.get(1)[1], "this exam's score is void");
        assertTrue(String.valueOf(scores.get(1)[2]).contains("工作年限证明不实"), String.valueOf(scores.get(1)[2]));
        Throwable again = catchThrowable(() -> reviewer.run(() -> applicationReview.decidePostExam(id,
                applicationReview.open(id).version(), true, List.of())));
        assertEquals("review.postExam.notDue", refusal(again));
    }

    /**
     * Results of a session (issue 17), counted by the database on a known set: four candidates, two at site 甲, one at
     * site 乙, one without a site in the other region, two subjects; a voided score is never a pass. Administrators see
     * them before release (flagged), reviewers only after, and only their scope; the Excel workbook says the same.
     */
    @Test
    void resultsPerSiteAndSubjectAreCountedInTheDatabaseAndExportedToExcel() throws Exception {
        long session = openSession();
        long siteA = admin.call(() -> placesService.createSite(region, "RA" + System.nanoTime() % 100000, "成绩甲考点", "甲路 1 号", false));
        long siteB = admin.call(() -> placesService.createSite(region, "RB" + System.nanoTime() % 100000, "成绩乙考点", "乙路 1 号", false));
        LocalDate day = LocalDate.now(BusinessTime.ZONE).minusDays(5);
        long a1 = results.candidateWithApplication(session, region, siteA, "考生一");
        results.score(a1, "T", "95", "60", false, day);
        results.score(a1, "S", "100", "60", false, day);
        long a2 = results.candidateWithApplication(session, region, siteA, "考生二");
        results.score(a2, "T", "55", "60", false, day);
        results.score(a2, "S", "60", "60", false, day);
        long a3 = results.candidateWithApplication(session, region, siteB, "考生三");
        results.score(a3, "T", "70", "60", false, day);
        results.score(a3, "S", "80", "60", false, day);
        long a4 = results.candidateWithApplication(session, otherRegion, null, "考生四");
        results.score(a4, "T", "40", "60", true, day);
        results.score(a4, "S", "65", "60", false, day);

        assertTrue(admin.call(() -> scoreResults.sessions()).stream().anyMatch(o -> o.id() == session && !o.released()));
        assertTrue(reviewer.call(() -> scoreResults.sessions()).stream().noneMatch(o -> o.id() == session),
                "reviewers see released sessions only");
        assertEquals("results.notReleased", refusal(catchThrowable(() -> reviewer.call(() -> scoreResults.of(session)))));

        var all = admin.call(() -> scoreResults.of(session));
        assertFalse(all.released());
        assertEquals("4 2 50.0 70.63 1", figures(all.total()));
        assertEquals(List.of("成绩甲考点 2 1 50.0 77.50 0", "成绩乙考点 1 1 100.0 75.00 0", "null 1 0 0.0 52.50 1"),
                all.sites().stream().map(l -> l.name() + " " + figures(l)).toList());
        assertEquals(List.of("S 4 4 100.0 76.25 0", "T 4 2 50.0 65.00 1"),
                all.subjects().stream().map(l -> l.code() + " " + figures(l)).toList());
        assertEquals(List.of("S", "T"), all.distributions().stream().map(d -> d.subjectCode()).toList());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 2L, 0L, 1L, 1L), all.distributions().get(0).counts());
        assertEquals(List.of(0L, 0L, 0L, 0L, 1L, 1L, 0L, 1L, 0L, 1L), all.distributions().get(1).counts());

        byte[] xlsx = admin.call(() -> scoreResults.workbook(session, java.util.Locale.SIMPLIFIED_CHINESE));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sites = book.getSheet("按考点");
            assertTrue(sites.getRow(0).getCell(0).getStringCellValue().contains("成绩未发布"));
            assertEquals("成绩甲考点", sites.getRow(2).getCell(1).getStringCellValue());
            assertEquals(2.0, sites.getRow(2).getCell(2).getNumericCellValue());
            assertEquals(1.0, sites.getRow(2).getCell(3).getNumericCellValue());
            assertEquals(50.0, sites.getRow(2).getCell(4).getNumericCellValue());
            assertEquals(77.5, sites.getRow(2).getCell(5).getNumericCellValue());
            assertEquals("合计", sites.getRow(5).getCell(1).getStringCellValue());
            assertEquals(4.0, sites.getRow(5).getCell(2).getNumericCellValue());
            var subjects = book.getSheet("按科目");
            assertEquals("T", subjects.getRow(3).getCell(0).getStringCellValue());
            assertEquals(65.0, subjects.getRow(3).getCell(5).getNumericCellValue());
            var bands = book.getSheet("分数分布");
            assertEquals("60–69", bands.getRow(1).getCell(8).getStringCellValue());
            assertEquals(2.0, bands.getRow(2).getCell(8).getNumericCellValue());
        }

        admin.run(() -> scoreRelease.releaseAt(session, java.time.Instant.now().minusSeconds(1)));
        var inScope = reviewer.call(() -> scoreResults.of(session));
        assertTrue(inScope.released());
        assertEquals("3 2 66.7 76.67 0", figures(inScope.total()), "the reviewer of one region does not see the other");
        assertEquals(List.of("成绩甲考点", "成绩乙考点"), inScope.sites().stream().map(l -> l.name()).toList());
    }

    private static String figures(com.baokao.score.ScoreResults.Line l) {
        return l.candidates() + " " + l.passed() + " " + l.passRate() + " " + l.average() + " " + l.voided();
    }

    /**
     * The post-exam qualification review form (seed 000): printable once the scores are released and all passed,
     * while the review after the exam is pending; it carries the name, the ticket and a code in the registration form's
     * scheme that the reviewer sees as printed. A failed review then voids the score imported for this application
     * (matched by its application id, although its exam date is not the sitting's day) and the candidate sees it void.
     */
    @Test
    void aPassedCandidatePrintsTheQualificationFormAndAFailedReviewVoidsTheApplicationsImportedScores() throws Exception {
        String code = "PF" + System.nanoTime() % 100000;
        String occupation = "考后表职业" + code;
        LocalDateTime opens = LocalDateTime.now(BusinessTime.ZONE).minusHours(1);
        SessionForm form = new SessionForm(code, "考后资质测试 " + code, occupation, opens, opens.plusDays(10), opens.plusDays(12),
                opens.plusDays(14), opens.plusDays(16), opens.plusDays(30), opens.plusDays(37), opens.plusDays(60),
                false, null, 260, 360, true, 15, 45, "WHITE,BLUE", false, false, true);
        long session = admin.call(() -> {
            long s = sessionTree.createSession(form);
            long level = sessionTree.addLevel(s, "3", "三级");
            sessionTree.addEligibilityCondition(level, "从事本职业工作 6 年以上");
            sessionTree.addSubject(level, null, "T", "理论知识", opens.plusDays(50), 90, true, 17500);
            sessionTree.setRegionRule(s, region, 1, true, ConfirmationMode.ONLINE, true);
            sessionTree.publish(s, true);
            return s;
        });
        long id = filledDraft(session);
        candidate.run(() -> applications.submit(id, applicationQueries.view(id).version(), completeChoices(id)));
        reviewer.run(() -> applicationReview.confirm(id, applicationReview.open(id).version()));
        LocalDate examDay = LocalDate.now(BusinessTime.ZONE).minusDays(3);
        data.moveSubjects(session, examDay.atTime(9, 0).atZone(BusinessTime.ZONE).toInstant());
        String ticket = code + "-0001";
        results.ticket(id, ticket);
        results.score(id, "T", "82.5", "60", false, examDay.minusDays(1));

        assertFalse(candidate.call(() -> postExamForms.dueFor(id)), "not before the scores are released");
        assertEquals("postExamForm.notDue", refusal(catchThrowable(() -> candidate.call(() -> postExamForms.form(id)))));
        assertFalse(reviewer.call(() -> postExamForms.forReviewer(id)).due());
        admin.run(() -> scoreRelease.releaseAt(session, java.time.Instant.now().minusSeconds(1)));
        assertTrue(candidate.call(() -> postExamForms.dueFor(id)));
        assertFalse(reviewer.call(() -> postExamForms.forReviewer(id)).printed(), "not printed yet");

        byte[] pdf = candidate.call(() -> postExamForms.form(id));
        var seen = reviewer.call(() -> postExamForms.forReviewer(id));
        assertTrue(seen.due());
        assertTrue(seen.printed(), "the printed code is remembered");
        assertTrue(seen.code().matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), seen.code());
        assertNotEquals(candidate.call(() -> applicationQueries.view(id)).verificationCode(), seen.code());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace(" ", "");
            assertTrue(text.contains("考后资质审核表"), text);
            assertTrue(text.contains(data.fullNameStored(CANDIDATE)), text);
            assertTrue(text.contains(ticket), text);
            assertTrue(text.contains(seen.code()), text);
            assertTrue(text.contains("82.5"), text);
        }

        reviewer.run(() -> applicationReview.decidePostExam(id, applicationReview.open(id).version(), false,
                List.of(new ReasonEntry(ReviewReason.CONDITION_NOT_MET, "condition", "学历证明不实"))));
        List<Object[]> scores = data.scores(CANDIDATE, occupation);
        assertEquals(1, scores.size());
        assertTrue((Boolean) scores.get(0)[1], "the imported score of this application is void");
        var sitting = candidate.call(() -> scoreQueries.mine()).sittings().stream()
                .filter(s -> s.applicationId() == id).findFirst().orElseThrow();
        assertTrue(sitting.anyVoid());
        assertFalse(sitting.allPassed());
        assertTrue(sitting.subjects().get(0).voidReason().contains("学历证明不实"), sitting.subjects().get(0).voidReason());
        assertFalse(candidate.call(() -> postExamForms.dueFor(id)), "nothing to print once the review is decided");
    }
}
