package com.baokao.catalogue;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What an administrator enters for an exam session; dates are Asia/Shanghai wall-clock times.
 * Photo sizes are pixels (width x height), byte sizes KB (1024 bytes, inclusive).
 */
public record SessionForm(String code, String name, String occupation,
                          LocalDateTime registrationOpens, LocalDateTime registrationCloses,
                          LocalDateTime resubmissionDeadline, LocalDateTime confirmationDeadline,
                          LocalDateTime paymentDeadline, LocalDateTime ticketPrintingOpens,
                          LocalDateTime ticketPrintingCloses, LocalDateTime scoresReleased,
                          boolean approvedProfileRequired, Integer scoreValidityYears,
                          int photoWidth, int photoHeight, boolean photoExactSize, int photoMinKb, int photoMaxKb,
                          String photoBackgrounds, boolean practiceNeedsFirstRegistration,
                          boolean residencyTrainingDateRequired, boolean workProofWaivedForMedical)
        implements Serializable {

    ExamCalendar calendar() {
        if (registrationOpens == null || registrationCloses == null || resubmissionDeadline == null
                || confirmationDeadline == null || paymentDeadline == null || ticketPrintingOpens == null
                || ticketPrintingCloses == null || scoresReleased == null) {
            throw com.baokao.i18n.BaokaoException.at("calendar", "calendar.incomplete");
        }
        return new ExamCalendar(window("registration", registrationOpens, registrationCloses),
                Window.shanghaiInstant(resubmissionDeadline), Window.shanghaiInstant(confirmationDeadline),
                Window.shanghaiInstant(paymentDeadline), window("ticketPrinting", ticketPrintingOpens, ticketPrintingCloses),
                Window.shanghaiInstant(scoresReleased));
    }

    PhotoRule photoRule() {
        return new PhotoRule(photoWidth, photoHeight, photoExactSize, photoMinKb, photoMaxKb, photoBackgrounds);
    }

    private static Window window(String field, LocalDateTime opens, LocalDateTime closes) {
        if (!opens.isBefore(closes)) {
            throw com.baokao.i18n.BaokaoException.at(field, "calendar.window.order");
        }
        return Window.shanghai(opens, closes);
    }
}
