/**
 * The review of candidates' applications as the reviewers and administrators see it: statistics of where
 * applications stand, always within the caller's reach ({@link com.baokao.staff.Reach}).
 */
package com.baokao.review;
