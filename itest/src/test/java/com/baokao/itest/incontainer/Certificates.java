package com.baokao.itest.incontainer;

import com.baokao.catalogue.ConfirmationMode;
import com.baokao.certificate.CertificateChoices;
import com.baokao.certificate.CertificateDesk;
import com.baokao.certificate.CertificateEligibility;
import com.baokao.certificate.CertificateIssuing;
import com.baokao.certificate.CertificateSessions;
import com.baokao.certificate.CertificateView;
import com.baokao.certificate.DeliveryChoice;
import com.baokao.certificate.DeliveryMethod;
import com.baokao.certificate.PostalDeliveries;
import com.baokao.certificate.PostalListWorkbook;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static com.baokao.itest.incontainer.Outcomes.catchThrowable;
import static com.baokao.itest.incontainer.Outcomes.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certificates in the container (issue 17, seed 002), in InContainerIT's region and deployment (InContainerIT runs each of
 * these as one of its tests, on H2 and on PostgreSQL): the choice saved, changed and refused once the administrator
 * closes it; numbers issued once and never reused, also by two concurrent runs; the postal list exported and the
 * tracking numbers imported from a file and one by one; pick-up recorded at the desk.
 */
@Dependent
public class Certificates {

    private static final DeliveryChoice POST = new DeliveryChoice(DeliveryMethod.POST, "钱收件", "13800138000", "重庆市",
            "重庆市", "渝中区", "民族路 100 号 2 单元", "400010");

    @Inject
    ReviewRegion region;

    @EJB
    CertificateData data;

    @EJB
    AsAdmin admin;

    @EJB
    AsCandidate candidate;

    @EJB
    CertificateChoices choices;

    @EJB
    CertificateSessions sessions;

    @EJB
    CertificateIssuing issuing;

    @EJB
    PostalDeliveries deliveries;

    @EJB
    CertificateDesk desk;

    @Resource
    ManagedExecutorService executor;

    private long session() throws Exception {
        return region.session(1, ConfirmationMode.ONLINE, true);
    }

    private CertificateView mine(long applicationId) throws Exception {
        return candidate.call(() -> choices.mine()).stream().filter(v -> v.applicationId() == applicationId)
                .findFirst().orElseThrow();
    }

    public void theChoiceIsSavedChangedAndClosedByTheAdministrator() throws Exception {
        long session = session();
        long app = data.sat(ReviewRegion.CANDIDATE, session, region.id(), region.siteA(), true);
        admin.run(() -> sessions.change(session, sessions.settings(session).version(), "{SESSION}-{N:5}", "工作日 9:00-17:00"));

        // before the release the candidate may already choose (seed 002: at registration)
        CertificateView before = mine(app);
        assertEquals(CertificateEligibility.Verdict.NOT_RELEASED, before.verdict());
        assertTrue(before.choiceAllowed());
        assertEquals("审核测试甲考点", before.siteName());
        assertEquals("审核路 3 号", before.siteAddress());
        assertEquals("工作日 9:00-17:00", before.pickupHours());
        CertificateView pickup = candidate.call(() -> choices.choose(app, 0, DeliveryChoice.pickup()));
        assertEquals(DeliveryMethod.PICKUP, pickup.method());
        assertNull(pickup.address());

        data.release(session);
        CertificateView released = mine(app);
        assertEquals(CertificateEligibility.Verdict.ELIGIBLE, released.verdict());
        // a stale version, a bad address: refused, nothing changed
        assertEquals("certificate.choice.stale", refusal(catchThrowable(() -> candidate.run(() -> choices.choose(app, 0, POST)))));
        DeliveryChoice badPostcode = new DeliveryChoice(DeliveryMethod.POST, "钱收件", "13800138000", "重庆市", "重庆市",
                "渝中区", "民族路 100 号", "4000");
        Throwable bad = catchThrowable(() -> candidate.run(() -> choices.choose(app, pickup.version(), badPostcode)));
        assertEquals("certificate.postcode.format", refusal(bad));
        assertEquals(DeliveryMethod.PICKUP, mine(app).method());

        CertificateView post = candidate.call(() -> choices.choose(app, pickup.version(), POST));
        assertEquals(DeliveryMethod.POST, post.method());
        assertEquals("400010", post.address().postcode());
        assertEquals("渝中区", post.address().district());

        admin.run(() -> sessions.closeChoice(session, true));
        assertFalse(mine(app).choiceAllowed());
        assertEquals("certificate.choice.closed", refusal(catchThrowable(() -> candidate.run(() ->
                choices.choose(app, post.version(), DeliveryChoice.pickup())))));
        assertEquals(DeliveryMethod.POST, mine(app).method());
        admin.run(() -> sessions.closeChoice(session, false));
        assertEquals(DeliveryMethod.PICKUP, candidate.call(() -> choices.choose(app, post.version(), DeliveryChoice.pickup())).method());

        // a candidate who failed may not choose once the scores are out
        long failedSession = session();
        long failed = data.sat(ReviewRegion.CANDIDATE, failedSession, region.id(), region.siteA(), false);
        data.release(failedSession);
        assertEquals(CertificateEligibility.Verdict.NOT_PASSED, mine(failed).verdict());
        assertFalse(mine(failed).choiceAllowed());
        assertEquals("certificate.verdict.NOT_PASSED", refusal(catchThrowable(() -> candidate.run(() ->
                choices.choose(failed, 0, POST)))));
    }

    public void numbersAreIssuedOnceAndNeverReused() throws Exception {
        long session = session();
        List<Long> passed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long account = (Long) data.candidate("证书考生" + i)[0];
            passed.add(data.sat(account, session, region.id(), region.siteA(), true));
        }
        long failedAccount = (Long) data.candidate("未过考生")[0];
        data.sat(failedAccount, session, region.id(), region.siteA(), false);
        assertEquals("certificate.issue.notReleased", refusal(catchThrowable(() -> admin.run(() -> issuing.issue(session)))));
        data.release(session);

        // two administrators press the button at once: one numbers everyone, the other finds them numbered
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CertificateIssuing.Issued>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                return admin.call(() -> issuing.issue(session));
            }));
        }
        start.countDown();
        int issuedNow = 0;
        for (Future<CertificateIssuing.Issued> run : runs) {
            issuedNow += run.get(60, TimeUnit.SECONDS).issuedNow();
        }
        assertEquals(6, issuedNow, "every passed candidate numbered once");
        List<Object[]> first = data.certificates(session);
        assertEquals(6, first.size());
        Set<Long> applications = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < first.size(); i++) {
            applications.add(((Number) first.get(i)[0]).longValue());
            numbers.add((String) first.get(i)[2]);
            assertEquals(i + 1L, ((Number) first.get(i)[1]).longValue(), "serials without gaps");
            assertTrue(((String) first.get(i)[2]).matches("RV\\d+-\\d+-20\\d\\d-00000" + (i + 1)), (String) first.get(i)[2]);
        }
        assertEquals(new HashSet<>(passed), applications);
        assertEquals(6, numbers.size());

        // again: nothing new, the same numbers; a newly passed candidate gets the next serial, never an old one
        CertificateIssuing.Issued again = admin.call(() -> issuing.issue(session));
        assertEquals(new CertificateIssuing.Issued(0, 6, 1), again);
        long late = data.sat((Long) data.candidate("补登考生")[0], session, region.id(), region.siteA(), true);
        assertEquals(1, admin.call(() -> issuing.issue(session)).issuedNow());
        List<Object[]> after = data.certificates(session);
        assertEquals(7, after.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i)[2], after.get(i)[2]);
        }
        assertEquals(late, ((Number) after.get(6)[0]).longValue());
        assertEquals(7L, ((Number) after.get(6)[1]).longValue());
        // the format is fixed once numbers exist
        assertEquals("certificate.pattern.issued", refusal(catchThrowable(() -> admin.run(() ->
                sessions.change(session, sessions.settings(session).version(), "{SESSION}-{N:8}", null)))));
    }

    public void thePostalListIsExportedAndTrackingNumbersComeBack() throws Exception {
        long session = session();
        long app = data.sat(ReviewRegion.CANDIDATE, session, region.id(), region.siteA(), true);
        Object[] second = data.candidate("邮寄考生乙");
        long byTicket = data.sat((Long) second[0], session, region.id(), region.siteA(), true);
        Object[] third = data.candidate("邮寄考生丙");
        long byId = data.sat((Long) third[0], session, region.id(), region.siteA(), true);
        Object[] fourth = data.candidate("自取考生丁");
        long pickup = data.sat((Long) fourth[0], session, region.id(), region.siteA(), true);
        data.release(session);
        candidate.run(() -> choices.choose(app, 0, POST));
        data.choosePost(byTicket);
        data.choosePost(byId);
        admin.run(() -> issuing.issue(session));

        List<PostalDeliveries.PostalRow> list = admin.call(() -> deliveries.postalList(session));
        assertEquals(List.of(app, byTicket, byId), list.stream().map(PostalDeliveries.PostalRow::applicationId).sorted().toList());
        byte[] xlsx = admin.call(() -> deliveries.postalWorkbook(session));
        String number;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(PostalListWorkbook.COLUMNS, header);
            assertEquals(List.of("收件人", "手机", "省", "市", "区", "详细地址", "邮编", "物品", "付款方式", "证书编号", "运单号"), header);
            assertEquals(4, sheet.getPhysicalNumberOfRows());
            Row mineRow = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("钱收件")) {
                    mineRow = row;
                }
            }
            assertNotNull(mineRow);
            assertEquals("13800138000", mineRow.getCell(1).getStringCellValue());
            assertEquals("400010", mineRow.getCell(6).getStringCellValue());
            assertEquals("证书", mineRow.getCell(7).getStringCellValue());
            assertEquals("到付", mineRow.getCell(8).getStringCellValue());
            number = mineRow.getCell(9).getStringCellValue();
        }
        assertEquals(number, mine(app).certificateNumber());

        // the courier's file: by certificate number, by ticket, a line naming nobody, one not yet posted
        String csv = "证书编号,准考证号,运单号\n" + number + ",,SF1000000001\n,CT" + byTicket + ",SF1000000002\n"
                + "NO-SUCH-NUMBER,,SF1000000003\n,CT" + pickup + ",SF1000000004\n,CT" + byId + ",\n";
        PostalDeliveries.TrackingImport imported = admin.call(() -> deliveries.importTracking(session, "back.csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, imported.recorded());
        assertEquals(List.of(4L, 5L), imported.skips().stream().map(s -> s.lineNo()).toList());
        assertEquals(List.of("certificate.tracking.nobody", "certificate.tracking.notPostal"),
                imported.skips().stream().map(s -> s.reasonKey()).toList());
        // the same file again changes nothing and tells nobody twice
        PostalDeliveries.TrackingImport again = admin.call(() -> deliveries.importTracking(session, "back.csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, again.recorded());
        assertEquals(2, again.unchanged());
        assertEquals(1, data.notices(ReviewRegion.CANDIDATE, "notice.certificate.shipped"), "told once");

        CertificateView shipped = mine(app);
        assertTrue(shipped.shipped());
        assertEquals("SF1000000001", shipped.trackingNumber());
        assertFalse(shipped.choiceAllowed());
        assertEquals("certificate.choice.done", refusal(catchThrowable(() -> candidate.run(() ->
                choices.choose(app, shipped.version(), DeliveryChoice.pickup())))));

        // one by one, by ID number
        assertEquals("certificate.tracking.format", refusal(catchThrowable(() -> admin.run(() ->
                deliveries.recordTracking(session, (String) third[1], "SF 12")))));
        PostalDeliveries.PostalRow row = admin.call(() -> deliveries.recordTracking(session, (String) third[1], "EA123456789CN"));
        assertEquals(byId, row.applicationId());
        assertEquals("EA123456789CN", row.trackingNumber());
        assertEquals("certificate.key.unknown", refusal(catchThrowable(() -> admin.run(() ->
                deliveries.recordTracking(session, "NOBODY-123", "EA123456789CN")))));
    }

    public void pickUpIsRecordedAtTheDesk() throws Exception {
        long session = session();
        Object[] someone = data.candidate("自取考生");
        long app = data.sat((Long) someone[0], session, region.id(), region.siteA(), true);
        data.release(session);
        admin.run(() -> issuing.issue(session));
        String number = (String) data.certificates(session).get(0)[2];

        CertificateDesk.DeskItem found = admin.call(() -> desk.find(session, "CT" + app));
        assertEquals(number, found.certificateNumber());
        assertEquals("自取考生", found.candidateName());
        assertNull(found.pickedUpAt());
        assertEquals("certificate.pickup.idNotChecked", refusal(catchThrowable(() -> admin.run(() ->
                desk.recordPickup(session, number, false, null)))));
        CertificateDesk.DeskItem picked = admin.call(() -> desk.recordPickup(session, (String) someone[1], true, "本人领取"));
        assertNotNull(picked.pickedUpAt());
        assertNotNull(picked.pickedUpBy());
        assertEquals(DeliveryMethod.PICKUP, picked.method());
        assertEquals("本人领取", picked.pickupNote());
        assertEquals("certificate.pickup.done", refusal(catchThrowable(() -> admin.run(() ->
                desk.recordPickup(session, number, true, null)))));
        assertEquals("certificate.tracking.notPostal", refusal(catchThrowable(() -> admin.run(() ->
                deliveries.recordTracking(session, number, "SF1000000009")))));
    }
}
