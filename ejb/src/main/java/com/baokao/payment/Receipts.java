package com.baokao.payment;

import com.baokao.account.Account;
import com.baokao.account.IdDocument;
import com.baokao.application.Application;
import com.baokao.application.ApplicationDocuments;
import com.baokao.application.OwnApplications;
import com.baokao.application.VerificationCode;
import com.baokao.document.ReceiptData;
import com.baokao.document.ReceiptPdf;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.platform.PlatformSecrets;
import com.baokao.profile.BasicInfo;
import com.baokao.profile.CandidateProfile;
import com.baokao.profile.InvoiceKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The electronic fee receipt (报名费电子收据) of one of the caller's own applications, once its fee has been paid
 * online: made out to the invoice details of the candidate's profile (the candidate, or a company and its taxpayer
 * id), for the payment Baokao applied to the application.
 * <p>
 * Everything printed comes from stored data, nothing from the clock: the receipt number is the payment order's
 * number (BK… becomes SJ…), the time is the time paid, so every reprint reads the same. The verification code is a
 * keyed hash of what identifies the receipt (number, payer, amount, transaction), so a receipt whose payer or amount
 * was altered does not carry a code Baokao would print.
 */
@Stateless
@RolesAllowed("CANDIDATE")
public class Receipts {

    /** The issuing exam centre printed on receipts; by default the application's review point. */
    public static final String ISSUER = "baokao.receipt.issuer";
    static final String KEY = "fee-receipt";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    ApplicationDocuments documents;

    @EJB
    PlatformSecrets secrets;

    /** Whether {@link #pdf} would give a receipt: the fee of this (own) application was paid online. */
    public boolean available(long applicationId) {
        Application a = own(applicationId);
        return a.getStatus().paid() && applied(a).isPresent();
    }

    /** The receipt as PDF; refused with a sentence for the candidate while there is nothing to receipt. */
    public byte[] pdf(long applicationId) {
        return ReceiptPdf.render(data(applicationId));
    }

    /**
     * The same receipt printed at the walk-in desk for the candidate standing there (marked as paid at the desk when it
     * was); the desk service has checked that the application is one of the operator's point.
     */
    @RolesAllowed("REVIEWER")
    public byte[] pdfAtDesk(long applicationId) {
        Application a = em.find(Application.class, applicationId);
        if (a == null) {
            throw new com.baokao.platform.OutOfReachException("no such application");
        }
        return ReceiptPdf.render(data(a));
    }

    ReceiptData data(long applicationId) {
        return data(own(applicationId));
    }

    private ReceiptData data(Application a) {
        if (!a.getStatus().paid()) {
            throw new BaokaoException("receipt.notPaid");
        }
        // paid, but not through Baokao (offline, at the centre's desk): the centre issues that receipt
        PaymentRecord payment = applied(a).orElseThrow(() -> new BaokaoException("receipt.notPaidOnline"));
        PaymentOrder order = em.createNamedQuery(PaymentOrder.BY_NUMBER, PaymentOrder.class)
                .setParameter("no", payment.getOrderNo()).getSingleResult();
        Account account = em.find(Account.class, a.getAccountId());
        BasicInfo info = em.createNamedQuery(CandidateProfile.OF_ACCOUNT, CandidateProfile.class)
                .setParameter("account", a.getAccountId()).getResultStream().findFirst()
                .map(CandidateProfile::basicInfo).orElse(BasicInfo.empty());
        boolean company = info.invoiceKind() == InvoiceKind.COMPANY && info.invoiceCompany() != null
                && info.invoiceTaxpayerId() != null;
        String payer = company ? info.invoiceCompany() : account.getFullName();
        String taxpayerId = company ? info.invoiceTaxpayerId() : null;

        List<ReceiptData.FeeLine> lines = documents.subjects(a).stream().filter(s -> !s.isCarriedOver())
                .map(s -> new ReceiptData.FeeLine(s.getSubject().getCode(), s.getSubject().getName(),
                        s.getSubject().getFeeFen())).toList();
        String number = number(order.getOrderNo());
        Instant paidAt = payment.getPaidAt() != null ? payment.getPaidAt() : order.getPaidAt();
        String when = paidAt == null ? "" : WHEN.format(LocalDateTime.ofInstant(paidAt, BusinessTime.ZONE));
        String serial = ApplicationDocuments.serial(a);
        String code = VerificationCode.of(secrets.key(KEY), List.of(number, payer, taxpayerId == null ? "" : taxpayerId,
                serial, String.valueOf(payment.getAmountFen()), payment.getTransactionId(), when));
        return new ReceiptData(number, payer, taxpayerId, account.getFullName(), IdDocument.mask(account.getIdNumber()),
                a.getSession().getName(), a.getSession().getCode(), serial, a.getRegion().getName(), lines,
                payment.getAmountFen(), order.getOrderNo(), payment.getTransactionId(), when, issuer(a), code);
    }

    /** The receipt number: the order number with its BK prefix turned into SJ (收据), one receipt per paid order. */
    static String number(String orderNo) {
        return "SJ" + (orderNo.startsWith("BK") ? orderNo.substring(2) : orderNo);
    }

    private String issuer(Application a) {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(ISSUER, String.class)
                .filter(v -> !v.isBlank());
        if (configured.isPresent()) {
            return configured.get().strip();
        }
        return a.getReviewPoint() != null ? a.getReviewPoint().getName() : a.getRegion().getName();
    }

    private Optional<PaymentRecord> applied(Application a) {
        return em.createNamedQuery(PaymentRecord.APPLIED_TO, PaymentRecord.class).setParameter("application", a.getId())
                .setParameter("applied", PaymentRecord.Outcome.APPLIED).setMaxResults(1).getResultStream().findFirst();
    }

    /** Another candidate's application looks exactly like a missing one ({@link OwnApplications}). */
    private Application own(long applicationId) {
        return OwnApplications.own(em, context, applicationId);
    }
}
