package com.baokao.document;

import java.util.List;
import java.util.Objects;

/**
 * Everything printed on an electronic fee receipt (报名费电子收据), as display-ready strings except the amounts,
 * which stay in fen so the PDF formats and adds them one way. {@link com.baokao.payment.Receipts} collects them
 * from the payment and the application; {@link ReceiptPdf} only lays them out.
 *
 * @param receiptNumber    derived from the payment order number: the same on every reprint
 * @param payerName        the candidate's name (personal invoice) or the company's name
 * @param taxpayerId       the company's taxpayer id (纳税人识别号); {@code null} for a personal receipt
 * @param idNumber         the candidate's ID number as printed (masked)
 * @param lines            the subjects paid for, in display order
 * @param totalFen         what the provider reported as paid, in fen
 * @param paidAt           Asia/Shanghai, already formatted
 * @param issuer           the exam centre issuing the receipt
 * @param verificationCode printed and in the QR code; {@code null} or blank prints neither
 */
public record ReceiptData(
        String receiptNumber, String payerName, String taxpayerId, String candidateName, String idNumber,
        String examName, String examCode, String serialNumber, String region,
        List<FeeLine> lines, long totalFen, String orderNumber, String transactionId, String paidAt,
        String issuer, String verificationCode) {

    public ReceiptData {
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A company receipt names the company and its taxpayer id; a personal one names the candidate. */
    public boolean company() {
        return taxpayerId != null && !taxpayerId.isBlank();
    }

    /**
     * Paid at a registration point's desk (现场缴费) rather than online: the desk's transaction ids read
     * {@code DESK-CASH-…} or {@code DESK-CARD-…}. The receipt is the same, marked with how the desk took the money.
     */
    public String deskMethod() {
        if (transactionId == null || !transactionId.startsWith("DESK-")) {
            return null;
        }
        return transactionId.startsWith("DESK-CARD-") ? "现场缴费（刷卡）" : "现场缴费（现金）";
    }

    /** One subject and its fee in fen. */
    public record FeeLine(String code, String name, long feeFen) {
    }
}
