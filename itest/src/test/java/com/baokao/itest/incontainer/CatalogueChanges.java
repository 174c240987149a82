package com.baokao.itest.incontainer;

import com.baokao.audit.AuditEntry;
import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.CatalogueQueries;
import com.baokao.catalogue.CatalogueViews.OpenExam;
import com.baokao.catalogue.CatalogueViews.SessionDetail;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.NoticeService;
import com.baokao.catalogue.PlacesService;
import com.baokao.catalogue.ProofKind;
import com.baokao.catalogue.SessionCopier;
import com.baokao.catalogue.SessionForm;
import com.baokao.catalogue.SessionTreeService;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exam catalogue in the container: only ADMIN may change it, changes that would break what exists are
 * refused and leave the data as it was, every change is audited in its own transaction, copying a session
 * moves its dates, and the public list shows exactly the published sessions still open or upcoming.
 */
@jakarta.enterprise.context.Dependent
public class CatalogueChanges {



    @EJB
    PlacesService placesService;

    @EJB
    SessionTreeService sessionTree;

    @EJB
    NoticeService noticeService;

    @EJB
    SessionCopier sessionCopier;

    @EJB
    CatalogueQueries queries;

    @EJB
    AuditTrail audit;

    @EJB
    AsAdmin admin;

    @EJB
    com.baokao.account.AccountCorrectionService corrections;

    @EJB
    com.baokao.account.RegistrationService registration;

    @EJB
    com.baokao.staff.StaffAdministration staff;

    @EJB
    com.baokao.payment.Cancellations cancellations;

    @EJB
    TestData data;

    private static String refusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BaokaoException b) {
                return b.getMessageKey();
            }
        }
        throw new AssertionError("not a refusal: " + t, t);
    }

    private static SessionForm form(String code, LocalDateTime opens) {
        return new SessionForm(code, "Session " + code, "健康管理师", opens, opens.plusDays(10), opens.plusDays(12),
                opens.plusDays(14), opens.plusDays(16), opens.plusDays(30), opens.plusDays(37), opens.plusDays(60),
                true, 4, 260, 360, true, 15, 45, "WHITE,BLUE", true, false, true);
    }

    private static LocalDateTime shanghaiNow() {
        return LocalDateTime.now(BusinessTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
    }

    public void onlyAnAdministratorChangesTheCatalogue() {
        assertThrows(EJBAccessException.class, () -> placesService.createRegion("98", "无权地区", null));
        assertThrows(EJBAccessException.class, () -> queries.sessions(0, 10, null, true, null));
        // reading what candidates need is open to everyone
        queries.regions();
        queries.openExams(Instant.now());
    }

    public void placesInUseCannotBeDeletedAndRefusalsChangeNothing() throws Exception {
        long province = admin.call(() -> placesService.createRegion("61", "陕西省", null));
        long city = admin.call(() -> placesService.createRegion("6101", "西安市", province));
        assertEquals("region.parent.city", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> placesService.createRegion("610101", "新城区", city)))));
        assertEquals("code.duplicate", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> placesService.createRegion("61", "重复", null)))));
        long site = admin.call(() -> placesService.createSite(city, "SX01", "西安考点", "西安市雁塔区 1 号", false));
        long room = admin.call(() -> placesService.createRoom(site, "机房 1", 40, true));
        assertEquals("room.capacity.invalid", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> placesService.createRoom(site, "机房 2", 0, true)))));
        assertEquals("room.duplicate", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> placesService.createRoom(site, "机房 1", 20, false)))));

        assertEquals("region.in.use", refusal(assertThrows(Exception.class, () -> admin.run(() -> placesService.deleteRegion(province)))));
        assertEquals("region.in.use", refusal(assertThrows(Exception.class, () -> admin.run(() -> placesService.deleteRegion(city)))));
        assertEquals("site.has.rooms", refusal(assertThrows(Exception.class, () -> admin.run(() -> placesService.deleteSite(site)))));
        assertTrue(queries.sites().stream().anyMatch(s -> s.id() == site && s.seats() == 40));

        // an edit made from an outdated page is refused instead of overwriting the newer one
        var siteRow = queries.sites().stream().filter(s -> s.id() == site).findFirst().orElseThrow();
        admin.run(() -> placesService.updateSite(site, siteRow.version(), "西安第一考点", "西安市雁塔区 2 号", true));
        Exception stale = assertThrows(Exception.class,
                () -> admin.run(() -> placesService.updateSite(site, siteRow.version(), "旧页面", "旧地址", false)));
        assertTrue(stale instanceof jakarta.ejb.EJBException || stale.getCause() instanceof jakarta.persistence.OptimisticLockException, stale.toString());
        assertEquals("西安第一考点", queries.sites().stream().filter(s -> s.id() == site).findFirst().orElseThrow().name());
        admin.run(() -> placesService.renameRegion(city, "西安市（副省级）"));
        assertTrue(queries.regions().stream().anyMatch(r -> r.id() == city && r.name().equals("西安市（副省级）")));

        admin.run(() -> placesService.deleteRoom(room));
        admin.run(() -> placesService.deleteSite(site));
        admin.run(() -> placesService.deleteRegion(city));
        admin.run(() -> placesService.deleteRegion(province));
        assertTrue(queries.regions().stream().noneMatch(r -> r.id() == province));
        List<AuditEntry> history = audit.history("Region", province, 10);
        assertEquals(List.of("region.deleted", "region.created"), history.stream().map(AuditEntry::action).toList());
        assertEquals("baokao-system", history.get(0).actor());
    }

    public void aSessionWithAnImpossibleCalendarIsRefusedAndNotStored() throws Exception {
        LocalDateTime opens = shanghaiNow();
        SessionForm bad = new SessionForm("BAD1", "Bad", "育婴员", opens, opens.plusDays(10), opens.plusDays(12),
                opens.plusDays(9), opens.plusDays(16), opens.plusDays(30), opens.plusDays(37), opens.plusDays(60),
                false, null, 260, 360, true, 15, 45, null, false, false, false);
        assertEquals("calendar.confirmation.before.registration.end", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> sessionTree.createSession(bad)))));
        assertEquals(0, admin.call(() -> queries.countSessions("BAD1")));
    }

    public void publishedSessionsOpenNowOrSoonAreListedForCandidates() throws Exception {
        LocalDateTime now = shanghaiNow();
        long open = admin.call(() -> sessionTree.createSession(form("OPEN1", now.minusHours(1))));
        long upcoming = admin.call(() -> sessionTree.createSession(form("SOON1", now.plusDays(3))));
        long closed = admin.call(() -> sessionTree.createSession(form("PAST1", now.minusDays(11))));
        long draft = admin.call(() -> sessionTree.createSession(form("DRAFT1", now.minusHours(1))));
        for (long id : List.of(open, upcoming, closed, draft)) {
            long level = admin.call(() -> sessionTree.addLevel(id, "3", "三级"));
            admin.call(() -> sessionTree.addSubject(level, null, "T", "理论知识", now.plusDays(45), 90, true, 17500));
        }
        assertEquals("session.publish.empty", refusal(assertThrows(Exception.class, () -> admin.run(() -> {
            long empty = sessionTree.createSession(form("EMPTY1", now));
            sessionTree.publish(empty, true);
        }))));
        for (long id : List.of(open, upcoming, closed)) {
            admin.run(() -> sessionTree.publish(id, true));
        }

        List<OpenExam> listed = queries.openExams(Instant.now());
        List<String> codes = listed.stream().map(OpenExam::code).toList();
        assertTrue(codes.contains("OPEN1") && codes.contains("SOON1"), codes.toString());
        assertFalse(codes.contains("PAST1") || codes.contains("DRAFT1"), codes.toString());
        OpenExam openExam = listed.stream().filter(e -> e.code().equals("OPEN1")).findFirst().orElseThrow();
        assertEquals("OPEN", openExam.phase().name());
        assertEquals(now.minusHours(1), openExam.registrationOpens());
        assertEquals("NOT_YET_OPEN", listed.stream().filter(e -> e.code().equals("SOON1")).findFirst().orElseThrow().phase().name());
    }

    public void aRegionRuleChangedMeanwhileIsNotOverwritten() throws Exception {
        // issue 22: the rule form started empty and a save silently overwrote the rule in force
        long region = admin.call(() -> placesService.createRegion("65", "新疆维吾尔自治区", null));
        long session = admin.call(() -> sessionTree.createSession(form("VER1", shanghaiNow().withHour(9).withMinute(0))));
        admin.run(() -> sessionTree.setRegionRule(session, region, 2, false, ConfirmationMode.ON_SITE, true, null));
        var shown = admin.call(() -> queries.session(session)).regionRules().get(0);
        assertEquals(2, shown.reviewLevels());
        assertEquals(ConfirmationMode.ON_SITE, shown.confirmationMode());

        // two administrators opened the form on that rule; the first saves a change
        admin.run(() -> sessionTree.setRegionRule(session, region, 2, true, ConfirmationMode.ON_SITE, true, shown.version()));
        // the second's save names the version they were shown: refused, the first's change stays
        assertEquals("catalogue.changed.meanwhile", refusal(assertThrows(Exception.class, () -> admin.run(() ->
                sessionTree.setRegionRule(session, region, 1, false, ConfirmationMode.ONLINE, true, shown.version())))));
        // so is a "new rule" save for a region that has one by now
        assertEquals("catalogue.changed.meanwhile", refusal(assertThrows(Exception.class, () -> admin.run(() ->
                sessionTree.setRegionRule(session, region, 1, false, ConfirmationMode.ONLINE, true, null)))));
        var kept = admin.call(() -> queries.session(session)).regionRules().get(0);
        assertTrue(kept.reviewAfterExam());
        assertEquals(2, kept.reviewLevels());
        assertTrue(kept.version() > shown.version());
        // reloaded, the second administrator's save goes through
        admin.run(() -> sessionTree.setRegionRule(session, region, 1, true, ConfirmationMode.ON_SITE, true, kept.version()));
        assertEquals(1, admin.call(() -> queries.session(session)).regionRules().get(0).reviewLevels());

        // the proofs card likewise
        admin.run(() -> sessionTree.setProofRule(session, ProofKind.WORK, 200, true, null));
        var proof = admin.call(() -> queries.session(session)).proofRules().get(0);
        admin.run(() -> sessionTree.setProofRule(session, ProofKind.WORK, 300, true, proof.version()));
        assertEquals("catalogue.changed.meanwhile", refusal(assertThrows(Exception.class, () -> admin.run(() ->
                sessionTree.setProofRule(session, ProofKind.WORK, 100, false, proof.version())))));
        assertEquals(300, admin.call(() -> queries.session(session)).proofRules().get(0).maxKb());
    }

    public void copyingASessionMovesEveryDateAndKeepsItsStructure() throws Exception {
        LocalDateTime opens = shanghaiNow().withHour(9).withMinute(0);
        long region = admin.call(() -> placesService.createRegion("62", "甘肃省", null));
        long source = admin.call(() -> sessionTree.createSession(form("COPY1", opens)));
        long level = admin.call(() -> sessionTree.addLevel(source, "2", "二级"));
        long specialty = admin.call(() -> sessionTree.addSpecialty(level, "HG", "化工"));
        long subject = admin.call(() -> sessionTree.addSubject(level, specialty, "4", "实务", opens.plusDays(45), 150, true, 6500));
        admin.call(() -> sessionTree.addSitting(subject, opens.plusDays(45).plusHours(5)));
        admin.run(() -> sessionTree.setExamDayRules(source, "携带准考证和身份证。\n开考 30 分钟后不得入场。"));
        admin.call(() -> sessionTree.addEligibilityCondition(level, "本科毕业，从事相关工作满 3 年"));
        admin.run(() -> sessionTree.setRegionRule(source, region, 2, true, ConfirmationMode.ON_SITE, false));
        admin.run(() -> sessionTree.setProofRule(source, ProofKind.WORK, 200, true));
        admin.call(() -> noticeService.publishNotice(source, "通知", "<p>内容</p>", Instant.now()));
        admin.run(() -> sessionTree.publish(source, true));

        long copy = admin.call(() -> sessionCopier.copySession(source, "COPY2", "下一期", Duration.ofDays(182)));
        SessionDetail d = admin.call(() -> queries.session(copy));
        assertFalse(d.published());
        assertEquals(opens.plusDays(182), d.form().registrationOpens());
        assertEquals(opens.plusDays(182 + 60), d.form().scoresReleased());
        assertEquals(4, d.form().scoreValidityYears());
        assertEquals(1, d.levels().size());
        assertEquals("化工", d.levels().get(0).subjects().get(0).specialty());
        assertEquals(opens.plusDays(45 + 182), d.levels().get(0).subjects().get(0).startsAt());
        var copiedSittings = d.levels().get(0).subjects().get(0).sittings();
        assertEquals(1, copiedSittings.size());
        assertEquals(2, copiedSittings.get(0).sitting());
        assertEquals(opens.plusDays(45 + 182).plusHours(5), copiedSittings.get(0).startsAt());
        assertEquals("携带准考证和身份证。\n开考 30 分钟后不得入场。", d.examDayRules());
        assertEquals(List.of("本科毕业，从事相关工作满 3 年"), d.levels().get(0).eligibilityConditions());
        assertEquals(ConfirmationMode.ON_SITE, d.regionRules().get(0).confirmationMode());
        assertTrue(d.regionRules().get(0).reviewAfterExam());
        assertEquals(ProofKind.WORK, d.proofRules().get(0).kind());
        assertTrue(d.form().workProofWaivedForMedical());
        assertTrue(d.notices().isEmpty());
        assertEquals("session.copied", audit.history("ExamSession", copy, 1).get(0).action());
        // the source is unchanged
        assertEquals(opens, admin.call(() -> queries.session(source)).form().registrationOpens());
    }

    public void sittingsAreAppendedInTimeOrderAndOnlyTheLastUnseatedOneIsRemoved() throws Exception {
        LocalDateTime opens = shanghaiNow().withHour(9).withMinute(0);
        long session = admin.call(() -> sessionTree.createSession(form("SIT1", opens)));
        long level = admin.call(() -> sessionTree.addLevel(session, "3", "三级"));
        LocalDateTime main = opens.plusDays(45);
        long subject = admin.call(() -> sessionTree.addSubject(level, null, "T", "理论知识", main, 120, true, 17500));
        assertThrows(EJBAccessException.class, () -> sessionTree.addSitting(subject, main.plusHours(3)));

        // each sitting starts once the one before has ended, after the payment deadline, ending before the scores
        assertEquals("sitting.start.required", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> sessionTree.addSitting(subject, null)))));
        assertEquals("sitting.before.previous.end", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> sessionTree.addSitting(subject, main.plusMinutes(119))))));
        long second = admin.call(() -> sessionTree.addSitting(subject, main.plusHours(2)));
        assertEquals("sitting.before.previous.end", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> sessionTree.addSitting(subject, main.plusHours(3))))));
        assertEquals("sitting.after.scores", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> sessionTree.addSitting(subject, opens.plusDays(60).minusMinutes(119))))));
        long third = admin.call(() -> sessionTree.addSitting(subject, main.plusHours(5)));
        // a subject whose own time is before the payment deadline gets no sitting before that deadline either
        long early = admin.call(() -> sessionTree.addSubject(level, null, "E", "早场", opens.plusDays(15), 60, false, 100));
        assertEquals("sitting.before.payment.deadline", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> sessionTree.addSitting(early, opens.plusDays(16))))));

        var sittings = admin.call(() -> queries.session(session)).levels().get(0).subjects().stream()
                .filter(x -> x.id() == subject).findFirst().orElseThrow().sittings();
        assertEquals(List.of(2, 3), sittings.stream().map(x -> x.sitting()).toList());
        assertEquals(main.plusHours(5), sittings.get(1).startsAt());
        assertEquals(main.plusHours(7), sittings.get(1).endsAt());
        assertEquals(List.of(false, true), sittings.stream().map(x -> x.last()).toList());

        // only the last one can go, and not once somebody is seated in it
        assertEquals("sitting.not.last", refusal(assertThrows(Exception.class, () -> admin.run(() -> sessionTree.removeSitting(second)))));
        long region = admin.call(() -> placesService.createRegion("64", "宁夏回族自治区", null));
        long site = admin.call(() -> placesService.createSite(region, "NX01", "银川考点", "银川市兴庆区 1 号", false));
        long room = admin.call(() -> placesService.createRoom(site, "机房 1", 30, true));
        long account = registerCandidate(TestData.nextResidentId("640104"), "马小梅");
        long application = data.foreignApplication(account, session, region, new byte[] {1, 2, 3})[0];
        data.seat(application, subject, session, site, room, 1, 3, com.baokao.catalogue.Window.shanghaiInstant(main.plusHours(5)), 120);
        assertEquals("sitting.seated", refusal(assertThrows(Exception.class, () -> admin.run(() -> sessionTree.removeSitting(third)))));
        assertEquals(1, admin.call(() -> queries.session(session)).levels().get(0).subjects().stream()
                .filter(x -> x.id() == subject).findFirst().orElseThrow().sittings().get(1).seats());

        // with the seat gone (as if never given), sittings 3 then 2 are removed and 2 can be given again
        data.removeSeat(application, subject);
        admin.run(() -> sessionTree.removeSitting(third));
        admin.run(() -> sessionTree.removeSitting(second));
        long again = admin.call(() -> sessionTree.addSitting(subject, main.plusHours(3)));
        var after = admin.call(() -> queries.session(session)).levels().get(0).subjects().stream()
                .filter(x -> x.id() == subject).findFirst().orElseThrow().sittings();
        assertEquals(1, after.size());
        assertEquals(again, after.get(0).id());
        assertEquals(2, after.get(0).sitting());
        assertEquals(List.of("sitting.added", "sitting.removed", "sitting.removed"),
                audit.history("ExamSession", session, 3).stream().map(AuditEntry::action).toList());

        // a cancelled subject gets no more sittings
        admin.call(() -> cancellations.cancelSubject(subject, "考场调整"));
        assertEquals("sitting.subject.cancelled", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> sessionTree.addSitting(subject, main.plusHours(6))))));
        // and a subject with sittings can still be deleted while nobody applied (its sittings go with it)
        long other = admin.call(() -> sessionTree.addSubject(level, null, "P", "操作技能", main.plusDays(1), 90, true, 100));
        admin.call(() -> sessionTree.addSitting(other, main.plusDays(1).plusHours(2)));
        admin.run(() -> sessionTree.deleteSubject(other));
        assertTrue(admin.call(() -> queries.session(session)).levels().get(0).subjects().stream().noneMatch(x -> x.id() == other));
    }

    public void examDayRulesAreStoredAsPrintedAndBlankMeansTheStandardOnes() throws Exception {
        long session = admin.call(() -> sessionTree.createSession(form("RULE1", shanghaiNow())));
        assertEquals(null, admin.call(() -> queries.session(session)).examDayRules());
        assertThrows(EJBAccessException.class, () -> sessionTree.setExamDayRules(session, "x"));

        admin.run(() -> sessionTree.setExamDayRules(session, "  请携带准考证和身份证原件。\r\n\r\n  开考 30 分钟后不得入场。  \n"));
        assertEquals("请携带准考证和身份证原件。\n开考 30 分钟后不得入场。", admin.call(() -> queries.session(session)).examDayRules());
        assertEquals("session.exam-day-rules.set", audit.history("ExamSession", session, 1).get(0).action());

        assertEquals("exam.rules.too.many.paragraphs", refusal(assertThrows(Exception.class,
                () -> admin.run(() -> sessionTree.setExamDayRules(session, "一条须知\n".repeat(21))))));
        assertEquals("exam.rules.too.long", refusal(assertThrows(Exception.class,
                () -> admin.run(() -> sessionTree.setExamDayRules(session, "须".repeat(4001))))));
        // a refusal changes nothing; the longest rules fit the column
        assertEquals("请携带准考证和身份证原件。\n开考 30 分钟后不得入场。", admin.call(() -> queries.session(session)).examDayRules());
        String longest = ("须".repeat(199) + "\n").repeat(20).strip();
        admin.run(() -> sessionTree.setExamDayRules(session, longest));
        assertEquals(longest, admin.call(() -> queries.session(session)).examDayRules());

        admin.run(() -> sessionTree.setExamDayRules(session, " \n\t "));
        assertEquals(null, admin.call(() -> queries.session(session)).examDayRules());
    }

    public void noticesKeepTheirFormattingButLoseEveryScript() throws Exception {
        long session = admin.call(() -> sessionTree.createSession(form("NOTE1", shanghaiNow())));
        admin.call(() -> noticeService.publishNotice(session, "报名通知",
                "<h3>报名时间</h3><p onclick=\"steal()\">请按时报名<script>alert(1)</script></p>"
                        + "<a href=\"javascript:alert(2)\">链接</a><img src=\"x\" onerror=\"alert(3)\">", Instant.now()));
        String html = admin.call(() -> queries.session(session)).notices().get(0).bodyHtml();
        assertTrue(html.contains("<h3>报名时间</h3>") && html.contains("请按时报名"), html);
        assertFalse(html.contains("script") || html.contains("onclick") || html.contains("javascript:")
                || html.contains("onerror"), html);
        assertEquals("notice.body.required", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> noticeService.publishNotice(session, "空", "<script>x()</script>", Instant.now())))));
    }

    private long registerCandidate(String id, String name) {
        return registration.register(new com.baokao.account.RegistrationForm(true, name,
                com.baokao.account.IdType.RESIDENT_ID, id, null, null, "13700000000", "c" + id + "@example.com",
                "Secret2026", "Secret2026")).id();
    }

    public void fixedAccountFieldsAreCorrectedOnlyWithGroundsAndAreAudited() throws Exception {
        String id = TestData.nextResidentId("370102");
        String other = TestData.nextResidentId("370102");
        long account = registerCandidate(id, "张三丰");
        registerCandidate(other, "李四光");
        com.baokao.account.CorrectableField name = com.baokao.account.CorrectableField.NAME;
        com.baokao.account.CorrectableField idNumber = com.baokao.account.CorrectableField.ID_NUMBER;

        assertThrows(EJBAccessException.class, () -> corrections.correct(account, name, "张三峰", "身份证原件"));
        assertEquals("correction.reason.required", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> corrections.correct(account, name, "张三峰", "")))));
        assertEquals("name.spaces", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> corrections.correct(account, name, "张 三峰", "出示身份证原件")))));
        assertEquals("account.duplicate", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> corrections.correct(account, idNumber, other, "出示身份证原件")))));
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        assertEquals("id.checkdigit", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> corrections.correct(account, idNumber, wrongCheck, "出示身份证原件")))));

        assertEquals("张三峰", admin.call(() -> corrections.correct(account, name, "张三峰", "出示身份证原件，登记时输错")).fullName());
        AuditEntry event = audit.history("Account", account, 1).get(0);
        assertEquals("account.corrected", event.action());
        assertTrue(event.summary().contains("张三丰 -> 张三峰") && event.summary().contains("登记时输错"), event.summary());
    }

    public void staffAreCreatedAndGivenScopes() throws Exception {
        long region = admin.call(() -> placesService.createRegion("63", "青海省", null));
        long site = admin.call(() -> placesService.createSite(region, "QH01", "西宁考点", "西宁市城中区 1 号", false));
        long reviewer = admin.call(() -> staff.createStaff(com.baokao.account.AccountRole.REVIEWER, "qh.reviewer", "青海审核员",
                null, "Review2026x")).id();
        admin.run(() -> staff.assignScope(reviewer, com.baokao.staff.ScopeType.SITE, site));
        admin.run(() -> staff.assignScope(reviewer, com.baokao.staff.ScopeType.REGION, region));
        assertEquals("code.duplicate", refusal(assertThrows(Exception.class,
                () -> admin.run(() -> staff.assignScope(reviewer, com.baokao.staff.ScopeType.SITE, site)))));
        assertEquals("scope.target.missing", refusal(assertThrows(Exception.class,
                () -> admin.run(() -> staff.assignScope(reviewer, com.baokao.staff.ScopeType.SITE, 999_999_999L)))));
        var row = admin.call(() -> staff.staff()).stream().filter(r -> r.id() == reviewer).findFirst().orElseThrow();
        assertEquals(2, row.scopes().size());
        assertTrue(row.scopes().stream().anyMatch(s -> s.target().equals("QH01 西宁考点")));
        assertThrows(EJBAccessException.class, () -> staff.staff());
        assertEquals("username.duplicate", refusal(assertThrows(Exception.class, () -> admin.call(() -> staff.createStaff(
                com.baokao.account.AccountRole.REVIEWER, "QH.Reviewer", "重复", null, "Review2026x")))));
    }

    public void attachmentsAreCheckedAndOnlyPublishedOnesArePublic() throws Exception {
        byte[] pdf = "%PDF-1.4\n%test schedule\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long session = admin.call(() -> sessionTree.createSession(form("ATT1", shanghaiNow())));
        long notice = admin.call(() -> noticeService.publishNotice(session, "日程", "<p>见附件</p>", Instant.now()));
        long attachment = admin.call(() -> noticeService.attach(notice, "考试日程.pdf", pdf));
        assertEquals("attachment.not.what.it.says", refusal(assertThrows(Exception.class,
                () -> admin.call(() -> noticeService.attach(notice, "virus.pdf", new byte[] {'M', 'Z', 0, 0, 0, 0})))));
        assertEquals(1, admin.call(() -> queries.session(session)).notices().get(0).attachments().size());

        // the session is a draft: the public cannot download, an administrator can
        assertTrue(queries.attachment(attachment).isEmpty());
        assertEquals("考试日程.pdf", admin.call(() -> queries.attachment(attachment)).orElseThrow().fileName());

        long level = admin.call(() -> sessionTree.addLevel(session, "3", "三级"));
        admin.call(() -> sessionTree.addSubject(level, null, "T", "理论", shanghaiNow().plusDays(45), 90, true, 100));
        admin.run(() -> sessionTree.publish(session, true));
        var file = queries.attachment(attachment).orElseThrow();
        assertEquals("application/pdf", file.contentType());
        assertTrue(java.util.Arrays.equals(pdf, file.content()));
    }
}
