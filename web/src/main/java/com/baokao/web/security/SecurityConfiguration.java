package com.baokao.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles Baokao's pages and API know. How a caller signs in is {@link BaokaoAuthentication}: the pages by form
 * (the identity store is the account table, {@code com.baokao.account.signin.AccountIdentityStore}), the phone
 * client's API by bearer token.
 */
@DeclareRoles({Roles.CANDIDATE, Roles.REVIEWER, Roles.ADMIN, Roles.OPERATOR})
@ApplicationScoped
public class SecurityConfiguration {
}
