package com.baokao.desk;

import com.baokao.payment.OfflineMethod;
import com.baokao.payment.OfflinePayments;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TakingsReportTest {

    private static final Instant AT = Instant.parse("2026-05-06T02:00:00Z");

    private static OfflinePayments.TakingsLine line(String operator, OfflineMethod method, long fen, String outcome, Long recorded) {
        return new OfflinePayments.TakingsLine(1, "BK1", "DESK-" + method + "-BK1", method, "S" + fen, fen, operator, AT,
                outcome, recorded);
    }

    @Test
    void totalsPerOperatorAndMethodAndTheNetAfterRefunds() {
        TakingsReport report = TakingsReport.of(List.of(
                line("甲", OfflineMethod.CASH, 17500, "APPLIED", 17500L),
                line("甲", OfflineMethod.CASH, 9000, "APPLIED", 9000L),
                line("甲", OfflineMethod.CARD, 8000, "REFUND", 8000L),
                line("乙", OfflineMethod.CASH, 6500, "APPLIED", 6500L)),
                List.of(new OfflinePayments.PaidOut(7, 1, OfflineMethod.CARD, "S8000", 8000, "PAID_TWICE", AT)));
        assertEquals(List.of(new TakingsReport.Total("乙", OfflineMethod.CASH, 1, 6500),
                new TakingsReport.Total("甲", OfflineMethod.CASH, 2, 26500),
                new TakingsReport.Total("甲", OfflineMethod.CARD, 1, 8000)), report.totals());
        assertEquals(41000, report.takenFen());
        assertEquals(8000, report.paidOutFen());
        assertEquals(33000, report.netFen());
        assertEquals(List.of(), report.unmatched());
    }

    @Test
    void aPaymentBaokaoDidNotRecordOrRecordedDifferentlyIsListed() {
        TakingsReport report = TakingsReport.of(List.of(
                line("甲", OfflineMethod.CASH, 17500, null, null),
                line("甲", OfflineMethod.CASH, 9000, "APPLIED", 900L),
                line("甲", OfflineMethod.CASH, 100, "EXCEPTION", 100L),
                line("甲", OfflineMethod.CASH, 200, "APPLIED", 200L)), List.of());
        assertEquals(3, report.unmatched().size());
    }

    @Test
    void theWorkbookHasTheSummaryTheLinesAndTheRefunds() throws Exception {
        TakingsReport report = TakingsReport.of(List.of(line("甲", OfflineMethod.CASH, 17500, "APPLIED", 17500L)),
                List.of(new OfflinePayments.PaidOut(7, 1, OfflineMethod.CASH, "S1", 17500, "SESSION_CANCELLED", AT)));
        byte[] xlsx = TakingsWorkbook.write("一号报名点", LocalDate.of(2026, 5, 6), report);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = book.getSheet("汇总");
            assertEquals("一号报名点", summary.getRow(0).getCell(1).getStringCellValue());
            assertEquals("甲", summary.getRow(3).getCell(0).getStringCellValue());
            assertEquals("现金", summary.getRow(3).getCell(1).getStringCellValue());
            assertEquals(175.0, summary.getRow(3).getCell(3).getNumericCellValue());
            assertEquals("一致", book.getSheet("收款明细").getRow(1).getCell(8).getStringCellValue());
            assertEquals("2026-05-06 10:00:00", book.getSheet("当面退款").getRow(1).getCell(0).getStringCellValue());
        }
    }
}
