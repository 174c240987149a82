package com.baokao.staff;

/** What a staff member is responsible for: a review point, an exam site, or a whole region. */
public enum ScopeType {
    REVIEW_POINT,
    SITE,
    REGION
}
