package com.baokao.profile;

/** 单位性质 of the work unit; OTHER asks the candidate to say which. */
public enum UnitType {
    GOVERNMENT,
    PUBLIC_INSTITUTION,
    STATE_ENTERPRISE,
    PRIVATE_ENTERPRISE,
    FOREIGN_ENTERPRISE,
    SELF_EMPLOYED,
    UNEMPLOYED,
    OTHER
}
