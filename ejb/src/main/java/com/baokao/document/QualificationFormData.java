package com.baokao.document;

import java.util.List;

/**
 * Everything printed on the post-exam qualification review form (考后资质审核表, seed 000: "网上报名的考生还需进入网上
 * 报名系统打印资质审核表"), as display-ready strings: the score service gathers and formats them and computes the
 * verification code; {@link QualificationFormPdf} only lays them out.
 *
 * @param subjects         the subjects sat in this session, with score, pass mark and result
 * @param verificationCode printed large and as a QR code; the registration form's scheme, over this form's content
 * @param generatedAt      printed time stamp, already formatted
 */
public record QualificationFormData(
        String examName, String examCode, String serialNumber, String ticketNumber,
        String fullName, String sex, String birthDate, String idType, String idNumber, String phone,
        String region, String site, String level, String specialty, String condition,
        List<SubjectLine> subjects, String verificationCode, String generatedAt) {

    public QualificationFormData {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** @param result e.g. "合格" */
    public record SubjectLine(String code, String name, String examDate, String score, String passMark, String result) {
    }
}
