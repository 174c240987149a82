package com.baokao.web.payment;

import com.baokao.payment.PaymentDesk;
import com.baokao.payment.PaymentGateway.ProviderUnavailable;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * A candidate's "pay" (page and phone API) with MicroProfile Fault Tolerance around the payment provider: a provider
 * that keeps failing or timing out (ProviderClient gives up after 4 s) is not called for a while, so the next
 * candidates hear "try again later" at once instead of each waiting out a timeout while holding a request thread and a
 * database transaction; and at most {@value #CONCURRENT} checkouts wait on the provider at once. Both refusals are the
 * usual {@link ProviderUnavailable}. A rule's refusal (not payable, deadline passed) is not a provider failure.
 * <p>
 * In the web module on purpose: Payara turns Fault Tolerance on for an application when the web module's own classes
 * use it (it does not look into library jars).
 */
@ApplicationScoped
public class PaymentCheckout {

    static final int CONCURRENT = 20;

    @EJB
    PaymentDesk desk;

    @Bulkhead(CONCURRENT)
    // the delay in the default unit, milliseconds: Payara 6.2025.9 took "delay = 15, delayUnit = SECONDS" as 15 ms
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15_000, successThreshold = 2,
            failOn = ProviderUnavailable.class)
    @Fallback(fallbackMethod = "paused", applyOn = {CircuitBreakerOpenException.class, BulkheadException.class})
    public String checkout(long applicationId, String siteBase) {
        return desk.checkout(applicationId, siteBase);
    }

    /** The breaker open or the bulkhead full: the same answer as a provider that did not answer, at once. */
    String paused(long applicationId, String siteBase) {
        throw new ProviderUnavailable("payment order for application " + applicationId
                + " not placed: calls to the payment provider are paused after repeated failures, or too many are waiting");
    }
}
