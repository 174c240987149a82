package com.baokao.profile;

/** Highest education, lowest first. */
public enum Education {
    JUNIOR_HIGH,
    HIGH_SCHOOL,
    SECONDARY_VOCATIONAL,
    COLLEGE,
    BACHELOR,
    MASTER,
    DOCTOR;

    /** 大专及以上: the threshold the seeds use (e.g. no work proof for medical majors from here up). */
    public boolean collegeOrAbove() {
        return compareTo(COLLEGE) >= 0;
    }
}
