package com.baokao.web.security;

import com.baokao.account.token.ApiTokens;
import com.baokao.account.token.TokenCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * How a caller signs in, for the pages and the phone API alike. Jakarta Security 3 allows one mechanism per web
 * module (several, selected by qualifier, only arrive with Jakarta Security 4), and MicroProfile JWT's own mechanism
 * would be a second one, so this one serves both:
 * <ul>
 * <li>a request with {@code Authorization: Bearer} is the API: the token is checked on every request
 * ({@link ApiTokens#verify}: signature, expiry, sign-in not revoked) and no HTTP session is made;</li>
 * <li>a sign-in form hands a credential ({@code SignIn}): the identity store checks it and the session keeps the
 * caller, as the standard custom-form mechanism did;</li>
 * <li>a later page request finds the caller in its session; a protected page without one goes to the sign-in page
 * ({@link LoginToContinue}).</li>
 * </ul>
 */
@ApplicationScoped
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class BaokaoAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute: the token's caller, for the API (its sign-in id is needed to sign out). */
    public static final String TOKEN_CALLER = TokenCaller.class.getName();
    /** Request attribute: a bearer token came but was not accepted (expired, tampered, revoked). */
    public static final String TOKEN_REFUSED = BaokaoAuthentication.class.getName() + ".refused";

    private static final String BEARER = "Bearer ";

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<TokenCaller> caller = tokens.verify(authorization.substring(BEARER.length()));
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
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            }
            return context.notifyContainerAboutLogin(result);
        }
        // a page request of a signed-in session: the container restored the caller from the session
        Principal inSession = request.getUserPrincipal();
        if (inSession != null) {
            try {
                context.getHandler().handle(new javax.security.auth.callback.Callback[] {
                        new CallerPrincipalCallback(context.getClientSubject(), inSession)});
            } catch (IOException | javax.security.auth.callback.UnsupportedCallbackException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SUCCESS;
        }
        return context.doNothing();
    }
}
