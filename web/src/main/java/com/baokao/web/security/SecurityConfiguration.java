package com.baokao.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security custom form authentication: the sign-in page posts to {@link LoginView}, which hands
 * the credential to the container; the identity store is the account table
 * ({@code com.baokao.account.signin.AccountIdentityStore}). Protected pages send an anonymous visitor to
 * the sign-in page and back afterwards.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.CANDIDATE, Roles.REVIEWER, Roles.ADMIN, Roles.OPERATOR})
@ApplicationScoped
public class SecurityConfiguration {
}
