/**
 * Messages a person reads: the bundle ({@code messages.properties} is Chinese, {@code _en} English) and
 * {@link com.baokao.i18n.BaokaoException}, the one exception type a rule throws to say "no" in words.
 */
package com.baokao.i18n;
