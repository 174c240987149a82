/**
 * Messages a person reads: the bundle ({@code messages.properties} is Chinese, {@code _en} English) and
 * {@link com.baokao.i18n.BaokaoException}, the one exception type a rule throws to say "no" in words;
 * {@link com.baokao.i18n.FormCheck} gathers every "no" of one form into an
 * {@link com.baokao.i18n.InvalidFormException}, each at its field.
 */
package com.baokao.i18n;
