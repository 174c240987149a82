/**
 * The centre's side of the lifecycle: reviewers' queues with claims, decisions with standard reasons pointing at
 * fields, on-site and online confirmation, two-level and post-exam review, and statistics of where applications
 * stand, all limited to the caller's {@link com.baokao.staff.Reach}.
 */
package com.baokao.review;
