package com.baokao.application;

/** The review after the exam (考后复核): a failed one voids the candidate's scores of this exam, keeping them. */
public enum PostExamReview {
    PENDING,
    PASSED,
    FAILED
}
