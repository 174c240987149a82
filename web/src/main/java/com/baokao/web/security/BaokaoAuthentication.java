package com.baokao.web.security;

import com.baokao.account.token.ApiTokens;
import com.baokao.account.token.TokenCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a caller signs in, for the pages and the phone API alike. Jakarta Security 3 allows one mechanism per web
 * module (several, selected by qualifier, only arrive with Jakarta Security 4), and MicroProfile JWT's own mechanism
 * would be a second one, so this one serves both:
 * <ul>
 * <li>a request with {@code Authorization: Bearer} is the API: the token is checked on every request
 * ({@link ApiTokens#verify}: signature, expiry, sign-in not revoked) and no HTTP session is made;</li>
 * <li>a sign-in form hands a credential ({@code SignIn}): the identity store checks it and the HTTP session keeps
 * the caller (account id and role only);</li>
 * <li>a later page request finds the caller in its session; a protected page without one goes to the sign-in page
 * and, once signed in, back. (Jakarta Security's own session and login-to-continue interceptors are not used: the
 * first would keep every bearer request's caller in a session, the second never lets a mechanism see its own
 * session.) A bearer request never reads or makes a session, so a revoked token cannot live on
 * in a cookie.</li>
 * </ul>
 */
@ApplicationScoped
public class BaokaoAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute: the token's caller, for the API (its sign-in id is needed to sign out). */
    public static final String TOKEN_CALLER = TokenCaller.class.getName();
    /** Request attribute: a bearer token came but was not accepted (expired, tampered, revoked). */
    public static final String TOKEN_REFUSED = BaokaoAuthentication.class.getName() + ".refused";

    private static final String BEARER = "Bearer ";
    /**
     * Session attribute: the caller a form sign-in established. Kept by Baokao rather than by the container's
     * "register session", which Payara restores only for its own mechanisms' interceptors.
     */
    static final String SESSION_CALLER = BaokaoAuthentication.class.getName() + ".caller";
    /** Session attribute: the protected page a visitor asked for before signing in. */
    /** A bearer token that could not be checked because the database is away: the failure, for the API to answer. */
    public static final String TOKEN_UNCHECKED = BaokaoAuthentication.class.getName() + ".tokenUnchecked";
    static final String RETURN_TO = BaokaoAuthentication.class.getName() + ".returnTo";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<TokenCaller> caller;
            try {
                caller = tokens.verify(authorization.substring(BEARER.length()));
            } catch (RuntimeException e) {
                if (!com.baokao.platform.DatabaseOutage.causedBy(e)) {
                    throw e;
                }
                // not checkable now: the API answers 503 with a sentence (CandidateFilter), not the container's bare 500
                request.setAttribute(TOKEN_UNCHECKED, e);
                return context.doNothing();
            }
            if (caller.isEmpty()) {
                request.setAttribute(TOKEN_REFUSED, Boolean.TRUE);
                return context.doNothing();
            }
            request.setAttribute(TOKEN_CALLER, caller.get());
            return context.notifyContainerAboutLogin(Long.toString(caller.get().accountId()),
                    Set.of(caller.get().role().name()));
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            AuthenticationStatus status = context.notifyContainerAboutLogin(result);
            if (status == AuthenticationStatus.SUCCESS) {
                HttpSession session = request.getSession(true);
                session.setAttribute(SESSION_CALLER, new SessionCaller(
                        result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
                // back to the protected page that sent the visitor to sign in
                if (session.getAttribute(RETURN_TO) instanceof String back) {
                    session.removeAttribute(RETURN_TO);
                    return redirect(request, response, back);
                }
            }
            return status;
        }
        // a page request of a signed-in session
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            // a protected page without a signed-in session: to the sign-in page, and back here afterwards
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO,
                        request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return redirect(request, response, request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** Like {@code context.redirect}, but to Baokao's public address, never to the host the client claimed. */
    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", PublicAddress.redirectTarget(request, path));
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Signing out ({@code request.logout()}) forgets the caller the session kept. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The caller a signed-in browser session keeps (replicated with the session in a cluster). */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
    }
}
