package com.baokao.web;

import com.baokao.account.AccountQueries;
import com.baokao.account.AccountSummary;
import com.baokao.platform.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.Optional;

/**
 * The signed-in person for this request (the principal name is the account id), looked up once per
 * request rather than kept in the session; and signing out.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @EJB
    AccountQueries accounts;

    private Optional<AccountSummary> account;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public Optional<AccountSummary> account() {
        if (account == null) {
            Long accountId = Caller.accountIdOf(securityContext.getCallerPrincipal());
            account = accountId == null ? Optional.empty() : whileDatabaseAway(() -> accounts.byId(accountId), Optional.empty());
        }
        return account;
    }

    public AccountSummary getAccount() {
        return account().orElse(null);
    }

    public String getDisplayName() {
        return account().map(AccountSummary::fullName).orElse("");
    }

    public boolean isCandidate() {
        return securityContext.isCallerInRole("CANDIDATE");
    }

    public boolean isStaff() {
        return securityContext.isCallerInRole("REVIEWER") || securityContext.isCallerInRole("ADMIN")
                || securityContext.isCallerInRole("OPERATOR");
    }

    @EJB
    com.baokao.inbox.Inbox inbox;

    private Long unreadCount;

    /** Unread notices for the header badge, counted once per request. */
    public long getUnreadCount() {
        if (unreadCount == null) {
            unreadCount = isCandidate() ? whileDatabaseAway(inbox::unreadCount, 0L) : 0L;
        }
        return unreadCount;
    }

    /** Where "my page" is for this person. */
    public String getHomePage() {
        return isCandidate() ? "/candidate/home.xhtml" : isStaff() ? "/staff/home.xhtml" : "/index.xhtml";
    }

    /**
     * The header's name and badge without the database: while it is away the error page (which uses the same
     * template) must still render and say so, not fail a second time.
     */
    private static <T> T whileDatabaseAway(java.util.function.Supplier<T> lookup, T fallback) {
        try {
            return lookup.get();
        } catch (RuntimeException e) {
            if (com.baokao.platform.DatabaseOutage.causedBy(e)) {
                return fallback;
            }
            throw e;
        }
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
    }
}
