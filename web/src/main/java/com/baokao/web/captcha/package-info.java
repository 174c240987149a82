/**
 * The picture of the self-hosted CAPTCHA (registration, sign-in after failures, password reset) and the one answer
 * it is kept for; the services decide when an answer is needed and check it ({@code com.baokao.account.captcha}).
 */
package com.baokao.web.captcha;
