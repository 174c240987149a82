package com.baokao.document;

/**
 * What is printed on the exam integrity pledge (《考试诚信承诺书》) a candidate signs on paper at a walk-in desk, as
 * display-ready strings.
 *
 * @param idNumber  as printed (masked)
 * @param printedOn Asia/Shanghai date, already formatted
 */
public record PledgeData(String candidateName, String idNumber, String examName, String examCode, String reviewPoint,
                         String printedOn) {
}
