/**
 * The self-hosted picture CAPTCHA of registration, password reset and sign-in after repeated failures: what a picture
 * shows and how an answer is checked. The services decide when one is needed and check the answer themselves, so
 * every front end (pages, the phone API) gets the same rule; a front end only draws the picture, keeps what it showed
 * for one answer, and passes that answer on.
 */
package com.baokao.account.captcha;
