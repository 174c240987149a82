package com.baokao.staff;

/** What a staff member is responsible for: a review point, an exam site, a whole region, or a review point's walk-in desk. */
public enum ScopeType {
    REVIEW_POINT,
    SITE,
    REGION,
    /** The walk-in desk (现场报名) of one review point: registers, takes fees and hands out tickets there, reviews nothing. */
    DESK
}
