/**
 * Seat assignment and admission tickets (issue 7), as pure rules without a container, for the
 * {@code admission-tickets} batch job to use: {@link com.baokao.seating.SeatPlan} seats eligible candidates
 * deterministically, by registration serial number, in the rooms of their exam site (computer rooms for
 * computer-based subjects), filling a subject's later sittings (batches) when its earlier ones are full, never giving
 * one seat to two candidates nor one candidate two seats at the same time, listing whoever cannot be seated with the
 * reason, and adding late payers around the seats already given without moving them; each site is independent, so the
 * job can partition by site. {@link com.baokao.seating.TicketNumber} formats and reads the ticket number (one per
 * candidate per exam session, e.g. {@code HM2026B-50-00000001}), and {@link com.baokao.seating.TicketToken} signs and
 * verifies the compact HMAC-SHA256 token in the ticket's QR code, which a reissued ticket supersedes.
 */
package com.baokao.seating;
