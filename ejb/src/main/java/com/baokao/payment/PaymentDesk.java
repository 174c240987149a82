package com.baokao.payment;

import com.baokao.application.Application;
import com.baokao.application.OwnApplications;
import com.baokao.application.ApplicationDocuments;
import com.baokao.application.ApplicationEvent;
import com.baokao.application.ApplicationLifecycle;
import com.baokao.application.ApplicationMoves;
import com.baokao.application.ApplicationSubject;
import com.baokao.audit.AuditTrail;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The candidate's side of paying: an order for the fee (computed here from the subjects taken, never from the
 * page), at most one open per application, placed at the provider; and, back from the provider's page, the
 * answer to "is it paid?" asked of the provider itself when its notification has not arrived yet (no "unpaid"
 * after paying).
 */
@Stateless
@RolesAllowed("CANDIDATE")
public class PaymentDesk {

    /** What the candidate's return page shows. */
    public enum Outcome {
        PAID,
        CONFIRMING,
        UNPAID
    }

    static final String PROVIDER_URL = "baokao.payment.base-url";
    static final String NOTIFY_URL = "baokao.payment.notify-url";

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource(lookup = Database.DATASOURCE)
    javax.sql.DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    PaymentGateway gateway;

    @EJB
    ApplicationMoves moves;

    @EJB
    ApplicationDocuments documents;

    @EJB
    Payments payments;

    @EJB
    AuditTrail audit;

    /** The fee in fen: every subject taken now (carried-over ones are free). */
    public long fee(long applicationId) {
        return documents.subjects(own(applicationId)).stream().filter(s -> !s.isCarriedOver() && !s.getSubject().isCancelled())
                .mapToLong(s -> s.getSubject().getFeeFen()).sum();
    }

    /**
     * The provider page to pay on: the open order's, or a new order placed now. {@code siteBase} is this site's
     * address as the browser sees it, for the return and (unless configured) the notification and provider URLs.
     */
    public String checkout(long applicationId, String siteBase) {
        Application a = own(applicationId);
        a = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(a);
        Instant now = clock.instant();
        if (a.getSession().isCancelled()) {
            throw new BaokaoException("payment.sessionCancelled", a.getSession().getName());
        }
        if (!ApplicationLifecycle.allowed(a.getStatus(), ApplicationEvent.PAY, moves.routeOf(a), null)) {
            throw new BaokaoException("payment.notPayable",
                    UserMessages.format(UserMessages.DEFAULT_LOCALE, "application.status." + a.getStatus()));
        }
        Instant deadline = a.getSession().calendar().paymentDeadline();
        if (!ApplicationLifecycle.inTime(ApplicationEvent.PAY, a.getStatus(), a.getSession().calendar(), now)) {
            throw new BaokaoException("application.payment.closed", when(deadline));
        }
        // a cancelled subject is neither sat nor paid for
        long amount = documents.subjects(a).stream().filter(s -> !s.isCarriedOver() && !s.getSubject().isCancelled())
                .mapToLong(s -> s.getSubject().getFeeFen()).sum();
        if (amount <= 0) {
            throw new BaokaoException("payment.nothingToPay");
        }
        PaymentOrder open = em.createNamedQuery(PaymentOrder.OPEN_FOR, PaymentOrder.class).setParameter("application", a.getId())
                .getResultStream().findFirst().orElse(null);
        if (open != null && open.getAmountFen() == amount && open.getPayUrl() != null) {
            return open.getPayUrl();
        }
        if (open != null) {
            open.superseded();
            em.flush();
        }
        String providerUrl = config(PROVIDER_URL, siteBase + "/api/sandbox");
        String orderNo = "BK" + LocalDate.now(clock.withZone(BusinessTime.ZONE)).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%08d", Database.nextValue(em, dataSource, "payment_order_no_seq"));
        PaymentOrder order = new PaymentOrder(orderNo, a, amount, providerUrl, deadline, now);
        em.persist(order);
        em.flush();
        PaymentGateway.Placed placed = gateway.place(providerUrl, orderNo, amount, a.getSession().getName(),
                config(NOTIFY_URL, siteBase + "/api/payments/notify"),
                siteBase + "/candidate/paid.xhtml?id=" + a.getId(), deadline);
        order.placed(placed.tradeNo(), placed.payUrl());
        audit.record("payment.order", "Application", a.getId(), "order " + orderNo + ", " + amount + " fen");
        return placed.payUrl();
    }

    /**
     * Back from the provider: paid if Baokao knows it; otherwise the provider is asked, and a payment it confirms is
     * recorded now, exactly as its notification would have been. {@code providerSaidPaid}: the return link said so.
     */
    public Outcome afterReturn(long applicationId, boolean providerSaidPaid) {
        Application a = own(applicationId);
        if (a.getStatus().paid()) {
            return Outcome.PAID;
        }
        PaymentOrder order = em.createNamedQuery(PaymentOrder.OPEN_FOR, PaymentOrder.class).setParameter("application", a.getId())
                .getResultStream().findFirst().orElse(null);
        if (order == null) {
            return Outcome.UNPAID;
        }
        PaymentGateway.ProviderStatus status;
        try {
            status = gateway.query(order.getProviderUrl(), order.getOrderNo());
        } catch (PaymentGateway.ProviderUnavailable e) {
            return providerSaidPaid ? Outcome.CONFIRMING : Outcome.UNPAID;
        }
        if (status.paid()) {
            payments.record(new ReportedPayment(order.getOrderNo(), status.transactionId(), status.amountFen(),
                    status.paidAt()), PaymentRecord.Source.QUERY);
            // the same managed application the recording moved on (a refresh here would throw that change away)
            return a.getStatus().paid() ? Outcome.PAID : Outcome.CONFIRMING;
        }
        return providerSaidPaid ? Outcome.CONFIRMING : Outcome.UNPAID;
    }

    /** Another candidate's application looks exactly like a missing one ({@link OwnApplications}). */
    private Application own(long applicationId) {
        return OwnApplications.own(em, context, applicationId);
    }

    private static String config(String key, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).filter(v -> !v.isBlank()).orElse(fallback);
    }

    private static String when(Instant instant) {
        return LocalDateTime.ofInstant(instant, BusinessTime.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
