/** Pages of the account: registration, sign-in, forgotten password. Thin: rules live in the EJB services. */
package com.baokao.web.account;
