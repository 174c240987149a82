package com.baokao.document;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * Everything printed on a registration form (报名表), as display-ready strings: the application service
 * formats dates, maps codes to labels and computes the verification code; {@link RegistrationFormPdf} only
 * lays them out.
 * <p>
 * For the optional fields — graduation date, work unit, unit type, work years, practice category, first
 * registration date, region, review point, site, level, specialty, condition, candidate type — {@code null}
 * means "does not apply to this exam" and leaves the row out; {@code ""} prints an empty box.
 *
 * @param serialNumber  registration serial number; {@code null} for a draft (the form is then marked 草稿)
 * @param statusLabel   e.g. "已提交，待审核"
 * @param subjects      subjects applied for, in display order
 * @param extraFields   per-condition fields, each {label, value}
 * @param photoJpeg     the ID photo as stored; may be {@code null}
 * @param photoImage    the photo decoded and turned upright (EXIF orientation applied); used instead of
 *                      {@code photoJpeg} when non-null
 * @param verificationCode printed large and as a QR code; changes whenever the form's content changes
 * @param generatedAt   printed time stamp, already formatted
 * @param locale        the candidate's locale; the form itself is always in Chinese (official document)
 */
public record RegistrationFormData(
        String examName, String examCode, String serialNumber, String statusLabel,
        String fullName, String sex, String birthDate, String idType, String idNumber, String phone, String email,
        String education, String major, String graduationDate, String workUnit, String unitType, String workYears,
        String practiceCategory, String firstRegistrationDate,
        String region, String reviewPoint, String site, String level, String specialty, String condition,
        List<SubjectLine> subjects, String candidateType,
        List<String[]> extraFields,
        byte[] photoJpeg, BufferedImage photoImage,
        String verificationCode, String generatedAt, Locale locale) {

    public RegistrationFormData {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        extraFields = extraFields == null ? List.of() : List.copyOf(extraFields);
    }

    /** @param note e.g. "已于 2024-05-12 合格，本次免考", or "" */
    public record SubjectLine(String code, String name, String when, String note) {
    }
}
