package com.baokao.application;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may sit the exam (DESIGN.md "The application lifecycle"): an application whose fee was received (PAID, or
 * TICKETED once seated), or one APPROVED in a region where the fee is not paid online (approval is the end of the
 * road there: the fee is paid at the centre, or there is none). One definition, read in Java by the ticket service
 * and as SQL ({@link #sql}) by the seating job; SittingEligibilityTest runs both on every status and region.
 */
public final class SittingEligibility {

    /** The fee was received: eligible whatever the region's payment. */
    private static final Set<ApplicationStatus> FEE_RECEIVED = EnumSet.of(ApplicationStatus.PAID, ApplicationStatus.TICKETED);

    /** Eligible only where the region does not take the fee online. */
    private static final Set<ApplicationStatus> WITHOUT_ONLINE_FEE = EnumSet.of(ApplicationStatus.APPROVED);

    private SittingEligibility() {
    }

    /**
     * @param feePaidOnline the region's rule for the application's session says the fee is paid online; true when
     *                      there is no rule (nothing says otherwise), as in {@link #sql}
     */
    public static boolean maySit(ApplicationStatus status, boolean feePaidOnline) {
        return FEE_RECEIVED.contains(status) || !feePaidOnline && WITHOUT_ONLINE_FEE.contains(status);
    }

    /**
     * The same rule as an SQL condition on the {@code application} table under {@code alias}, built from the same
     * sets (the seating job's set-based statements cannot call Java per row).
     */
    public static String sql(String alias) {
        return "(" + alias + ".status in " + list(FEE_RECEIVED) + " or (" + alias + ".status in " + list(WITHOUT_ONLINE_FEE)
                + " and exists (select 1 from region_rule rr where rr.session_id = " + alias + ".session_id"
                + " and rr.region_id = " + alias + ".region_id and rr.online_payment = false)))";
    }

    private static String list(Set<ApplicationStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
