/**
 * Real-name accounts: the rules for ID numbers, names, contacts and passwords, the account entity, and
 * the services that open candidate and staff accounts. Name, sex, ID number, phone and e-mail are
 * fixed once the account exists.
 */
package com.baokao.account;
