/**
 * Walk-in registration at a registration point's desk (现场报名, seed 000): a desk operator (a staff account with a DESK
 * scope on a review point that takes walk-ins) finds or registers the candidate standing at the desk, records the
 * integrity pledge signed on paper, fills and submits the application with them through the same application service
 * and rules as online, takes the fee as an offline payment, prints the receipt, pays out refunds of desk money and
 * records the admission ticket handed over. An operator reaches only the applications of their own point.
 */
package com.baokao.desk;
