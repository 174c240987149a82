package com.baokao.itest.incontainer;

import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.PlacesService;
import com.baokao.catalogue.SessionForm;
import com.baokao.catalogue.SessionTreeService;
import com.baokao.platform.BusinessTime;
import com.baokao.reconciliation.ReconciliationReport;
import com.baokao.reconciliation.StatementCsv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement with every class of line, and the data behind it: a session with online payment in a region of its
 * own, applications in the states each line needs, and their orders and payment records. Line numbers are fixed
 * (1 is the header), so every test can expect the same report.
 */
final class FeeReconciliationScenario {

    /** loaded 15, rejected 3, matched 7, fixed 2, refunds 3, amount mismatch 1, unknown order 1, missing 1, not a payment 1. */
    static final ReconciliationReport.Counts EXPECTED = new ReconciliationReport.Counts(15, 3, 7, 2, 3, 1, 1, 1, 1);
    private static final long FEE = 17500;

    /** What was written, and what each line must end as. */
    record Statement(LocalDate day, Path file, Map<Long, String> expectedOutcomes, List<Long> fixedApplications,
                     long paidTwiceApplication, long abandonedApplication, long mismatchApplication,
                     String missingTransaction) {

        List<Long> lines() {
            return new ArrayList<>(expectedOutcomes.keySet());
        }
    }

    private final AsAdmin admin;
    private final PlacesService places;
    private final SessionTreeService sessionTree;
    private final ReconciliationData data;

    FeeReconciliationScenario(AsAdmin admin, PlacesService places, SessionTreeService sessionTree, ReconciliationData data) {
        this.admin = admin;
        this.places = places;
        this.sessionTree = sessionTree;
        this.data = data;
    }

    /** Writes into {@code directory}, where an operator's run may name it. */
    Statement write(LocalDate day, Path directory) throws Exception {
        String tag = "RC" + System.nanoTime() % 10_000_000_000L;
        long[] place = sessionWithOnlinePayment(tag);
        long session = place[0];
        long region = place[1];
        Instant paidAt = day.atTime(10, 0).atZone(BusinessTime.ZONE).toInstant();
        List<String> rows = new ArrayList<>();
        Map<Long, String> expected = new LinkedHashMap<>();
        List<Long> fixed = new ArrayList<>();

        rows.add(StatementCsv.HEADER);
        String[] matched = new String[5];
        for (int i = 0; i < matched.length; i++) {
            long a = data.application(session, region, "PAID");
            matched[i] = tag + "M" + i;
            data.order(matched[i], a, FEE, "PAID");
            data.record("TX" + matched[i], matched[i], a, FEE, paidAt, "APPLIED");
        }
        long paidTwice = data.application(session, region, "PAID");
        String paidTwiceOrder = tag + "P";
        data.order(paidTwiceOrder, paidTwice, FEE, "PAID");
        data.record("TX" + paidTwiceOrder, paidTwiceOrder, paidTwice, FEE, paidAt, "APPLIED");
        String[] unpaid = {tag + "F0", tag + "F1"};
        for (String order : unpaid) {
            long a = data.application(session, region, "APPROVED");
            data.order(order, a, FEE, "OPEN");
            fixed.add(a);
        }
        long abandoned = data.application(session, region, "ABANDONED");
        data.order(tag + "A", abandoned, FEE, "OPEN");
        long mismatch = data.application(session, region, "APPROVED");
        data.order(tag + "X", mismatch, FEE, "OPEN");
        long refunded = data.application(session, region, "PAID");
        data.order(tag + "R", refunded, FEE, "PAID");
        data.record("TX" + tag + "R", tag + "R", refunded, FEE, paidAt, "APPLIED");
        data.record("TX" + tag + "R2", tag + "R", refunded, FEE, paidAt, "REFUND");
        long missing = data.application(session, region, "PAID");
        data.order(tag + "Q", missing, FEE, "PAID");
        data.record("TX" + tag + "Q", tag + "Q", missing, FEE, paidAt, "APPLIED");

        line(rows, expected, paid("TX" + matched[0], matched[0], FEE, paidAt), "MATCHED");        // 2
        line(rows, expected, paid("TX" + matched[1], matched[1], FEE, paidAt), "MATCHED");        // 3
        line(rows, expected, "garbage without commas", null);                                      // 4
        line(rows, expected, paid("TX" + unpaid[0], unpaid[0], FEE, paidAt), "FIXED");            // 5
        line(rows, expected, paid("TX" + matched[2], matched[2], FEE, paidAt), "MATCHED");        // 6
        line(rows, expected, paid("TX2" + paidTwiceOrder, paidTwiceOrder, FEE, paidAt), "REFUND"); // 7
        line(rows, expected, paid("TX" + matched[3], matched[3], FEE, paidAt), "MATCHED");        // 8
        line(rows, expected, "TXbad," + tag + "Z,abc,PAID," + paidAt, null);                      // 9
        line(rows, expected, paid("TX" + tag + "A", tag + "A", FEE, paidAt), "REFUND");           // 10
        line(rows, expected, paid("TX" + tag + "X", tag + "X", FEE - 500, paidAt), "AMOUNT_MISMATCH"); // 11
        line(rows, expected, paid("TX" + tag + "U", tag + "U-unknown", FEE, paidAt), "UNKNOWN_ORDER"); // 12
        line(rows, expected, paid("TX" + tag + "R2", tag + "R", FEE, paidAt), "REFUND");          // 13
        line(rows, expected, "TX" + tag + "RF," + tag + "R," + FEE + ",REFUNDED," + paidAt, "NOT_A_PAYMENT"); // 14
        line(rows, expected, paid("TX" + unpaid[1], unpaid[1], FEE, paidAt), "FIXED");            // 15
        line(rows, expected, "TXdate," + tag + "Z," + FEE + ",PAID,yesterday", null);             // 16
        line(rows, expected, paid("TX" + matched[4], matched[4], FEE, paidAt), "MATCHED");        // 17
        // the first payments of the paid-twice and the refunded orders, listed last
        line(rows, expected, paid("TX" + paidTwiceOrder, paidTwiceOrder, FEE, paidAt), "MATCHED"); // 18
        line(rows, expected, paid("TX" + tag + "R", tag + "R", FEE, paidAt), "MATCHED");          // 19

        Path file = Files.createDirectories(directory).resolve(tag + ".csv");
        Files.write(file, rows, StandardCharsets.UTF_8);
        return new Statement(day, file, expected, fixed, paidTwice, abandoned, mismatch, "TX" + tag + "Q");
    }

    private static void line(List<String> rows, Map<Long, String> expected, String row, String outcome) {
        rows.add(row);
        if (outcome != null) {
            expected.put((long) rows.size(), outcome);
        }
    }

    private static String paid(String transaction, String order, long amount, Instant at) {
        return StatementCsv.format(List.of(new StatementCsv.Line(transaction, order, amount, "PAID", at)))
                .split("\n")[1];
    }

    private long[] sessionWithOnlinePayment(String tag) throws Exception {
        LocalDateTime opens = LocalDateTime.now(BusinessTime.ZONE).minusHours(1);
        SessionForm form = new SessionForm(tag, "对账测试 " + tag, "测试职业", opens, opens.plusDays(10), opens.plusDays(12),
                opens.plusDays(14), opens.plusDays(16), opens.plusDays(30), opens.plusDays(37), opens.plusDays(60),
                false, null, 260, 360, true, 15, 45, "WHITE,BLUE", false, false, true);
        return admin.call(() -> {
            long region = places.createRegion("R" + tag.substring(tag.length() - 6), "对账测试区" + tag, null);
            long session = sessionTree.createSession(form);
            long level = sessionTree.addLevel(session, "3", "三级");
            sessionTree.addSubject(level, null, "T", "理论知识", opens.plusDays(50), 90, true, FEE);
            sessionTree.setRegionRule(session, region, 1, false, ConfirmationMode.ONLINE, true);
            sessionTree.publish(session, true);
            return new long[] {session, region};
        });
    }

}
