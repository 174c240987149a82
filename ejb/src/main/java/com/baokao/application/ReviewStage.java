package com.baokao.application;

/** Which queue an application waits in, and so who may decide it. */
public enum ReviewStage {
    /** On-site code scan or online proof check; any reviewer in reach. */
    CONFIRMATION,
    /** First level of a two-level review: reviewers of the review point or exam site. */
    SITE_REVIEW,
    /** The (only or second) level answered by the region's reviewers. */
    REGION_REVIEW,
    /** Review after the exam (考后复核); any reviewer in reach. */
    POST_EXAM_REVIEW
}
