/** The self-hosted picture CAPTCHA of the registration, sign-in and password-reset forms. */
package com.baokao.web.captcha;
