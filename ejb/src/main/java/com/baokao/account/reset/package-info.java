/** Forgotten password: one-time codes sent to the registered e-mail through the notifier. */
package com.baokao.account.reset;
