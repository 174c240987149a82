/**
 * Admission control on registration day: the waiting room in front of the signed-in candidate's path. A
 * {@link com.baokao.admission.WaitingRoom} lets at most its capacity of visitors be active at once; a visitor keeps
 * their pass while active and gives it back when idle or signed out; whoever arrives past capacity gets a number
 * in a first-come, first-served line with an estimated wait, and is let in in that order as passes come free. Pure
 * rules (no container), safe for every request of the hot path.
 */
package com.baokao.admission;
