package com.baokao.desk;

import com.baokao.payment.OfflinePayments;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The desk cash report as XLSX: a summary sheet (per operator and method, refunds paid back, net; the lines that do not
 * match Baokao's records), and the day's payments and refunds line by line. Amounts in yuan as numbers so a
 * spreadsheet adds them; everything else as text.
 */
public final class TakingsWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TakingsWorkbook() {
    }

    public static byte[] write(String pointName, LocalDate day, TakingsReport report) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet summary = workbook.createSheet("汇总");
            int r = 0;
            text(summary.createRow(r++), "现场收费日报", pointName, day.toString());
            r++;
            text(summary.createRow(r++), "收费人", "收款方式", "笔数", "金额（元）");
            for (TakingsReport.Total t : report.totals()) {
                Row row = summary.createRow(r++);
                text(row, t.operatorName(), method(t.method()));
                row.createCell(2).setCellValue(t.count());
                row.createCell(3).setCellValue(yuan(t.amountFen()));
            }
            r++;
            amountRow(summary.createRow(r++), "收款合计", report.takenFen());
            amountRow(summary.createRow(r++), "当面退款合计", report.paidOutFen());
            amountRow(summary.createRow(r++), "应存金额", report.netFen());
            r++;
            text(summary.createRow(r++), report.unmatched().isEmpty() ? "与系统记录核对：全部一致"
                    : "与系统记录核对：以下 " + report.unmatched().size() + " 笔不一致，请核查");
            for (OfflinePayments.TakingsLine line : report.unmatched()) {
                text(summary.createRow(r++), line.slipNumber(), line.orderNo(), line.operatorName(),
                        Money.ofFen(line.amountFen()).yuan(), line.recordedOutcome() == null ? "系统无记录"
                                : "系统记录 " + line.recordedOutcome() + " " + Money.ofFen(line.recordedAmountFen()).yuan());
            }

            Sheet lines = workbook.createSheet("收款明细");
            int l = 0;
            text(lines.createRow(l++), "时间", "收费人", "收款方式", "凭单号", "订单号", "交易号", "金额（元）", "系统记录", "核对");
            for (OfflinePayments.TakingsLine line : report.lines()) {
                Row row = lines.createRow(l++);
                text(row, when(line.takenAt()), line.operatorName(), method(line.method()), line.slipNumber(), line.orderNo(),
                        line.transactionId());
                row.createCell(6).setCellValue(yuan(line.amountFen()));
                row.createCell(7).setCellValue(line.recordedOutcome() == null ? "" : line.recordedOutcome());
                row.createCell(8).setCellValue(TakingsReport.matched(line) ? "一致" : "不一致");
            }

            Sheet refunds = workbook.createSheet("当面退款");
            int f = 0;
            text(refunds.createRow(f++), "时间", "退款号", "原收款方式", "原凭单号", "原因", "金额（元）");
            for (OfflinePayments.PaidOut out : report.paidOut()) {
                Row row = refunds.createRow(f++);
                text(row, when(out.paidAt()), "RF" + out.refundId(), method(out.method()), out.slipNumber(), out.reason());
                row.createCell(5).setCellValue(yuan(out.amountFen()));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
        }
    }

    private static void amountRow(Row row, String label, long fen) {
        row.createCell(0).setCellValue(label);
        row.createCell(3).setCellValue(yuan(fen));
    }

    private static double yuan(long fen) {
        return fen / 100.0;
    }

    private static String method(com.baokao.payment.OfflineMethod method) {
        return method == com.baokao.payment.OfflineMethod.CARD ? "刷卡" : "现金";
    }

    private static String when(java.time.Instant at) {
        return at == null ? "" : TIME.format(LocalDateTime.ofInstant(at, BusinessTime.ZONE));
    }
}
