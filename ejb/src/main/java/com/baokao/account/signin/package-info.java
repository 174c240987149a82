/**
 * Signing in: the login key, the failure counter and its policy (slow down, then CAPTCHA, never lock
 * out), and the Jakarta Security identity store backed by the account table.
 */
package com.baokao.account.signin;
