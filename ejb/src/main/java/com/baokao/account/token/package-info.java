/**
 * The phone client's signed-in sessions: short-lived access tokens (JWT, HS256 under a platform secret) and rotating
 * refresh tokens kept only as their hash, grouped in a family per sign-in so that signing out, a password change or
 * a stolen refresh token ends the whole sign-in at once.
 */
package com.baokao.account.token;
