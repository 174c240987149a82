package com.baokao.application;

/** 考生类型: derived from the candidate's earlier results for the same occupation and level. */
public enum CandidateType {
    FIRST_TIME,
    REPEAT
}
