package com.baokao.catalogue;

import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.FormCheck;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * What an administrator enters for an exam session; dates are Asia/Shanghai wall-clock times.
 * Photo sizes are pixels (width x height), byte sizes KB (1024 bytes, inclusive).
 * Refusals name the record's components as fields ({@code registrationOpens}, {@code photoMaxKb}...), so a page or
 * an API can put each one next to what the person typed.
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

    /** {@link ExamCalendar} names its parts; the form names what was typed. */
    private static final Map<String, String> CALENDAR_FIELDS = Map.of(
            "ticketPrinting", "ticketPrintingOpens", "scoresReleasedAt", "scoresReleased");

    /** A new session before anything is typed: no dates, the {@link PhotoRule#standard() standard photo rule}. */
    public static SessionForm blank() {
        PhotoRule photo = PhotoRule.standard();
        return new SessionForm(null, null, null, null, null, null, null, null, null, null, null, false, null,
                photo.getWidth(), photo.getHeight(), photo.isExactSize(), photo.getMinKb(), photo.getMaxKb(),
                photo.getBackgrounds(), false, false, false);
    }

    /** The form's values as a session takes them. */
    record Valid(String code, String name, String occupation, ExamCalendar calendar, PhotoRule photoRule) {
    }

    /**
     * The checked values, or one {@link com.baokao.i18n.InvalidFormException} with every problem at its field.
     *
     * @param newSession whether the code is checked too: a session's code never changes once created
     */
    Valid validated(boolean newSession) {
        FormCheck check = new FormCheck();
        String checkedCode = newSession ? check.value(() -> CatalogueRows.requireCode("code", code)) : code;
        String checkedName = check.value(() -> CatalogueRows.requireText("name", name, 200));
        String checkedOccupation = check.value(() -> CatalogueRows.requireText("occupation", occupation, 200));
        ExamCalendar calendar = calendar(check);
        check.rule(() -> ExamSession.checkScoreValidity(scoreValidityYears));
        PhotoRule photo = check.value(this::photoRule);
        check.done();
        return new Valid(checkedCode, checkedName, checkedOccupation, calendar, photo);
    }

    /** Every missing date at once; the order of the dates only once they are all there. */
    private ExamCalendar calendar(FormCheck check) {
        String[] fields = {"registrationOpens", "registrationCloses", "resubmissionDeadline", "confirmationDeadline",
                "paymentDeadline", "ticketPrintingOpens", "ticketPrintingCloses", "scoresReleased"};
        LocalDateTime[] dates = {registrationOpens, registrationCloses, resubmissionDeadline, confirmationDeadline,
                paymentDeadline, ticketPrintingOpens, ticketPrintingCloses, scoresReleased};
        boolean complete = true;
        for (int i = 0; i < fields.length; i++) {
            complete &= check.required(fields[i], dates[i]) != null;
        }
        if (!complete) {
            return null;
        }
        return check.value(() -> {
            Window registration = window("registrationCloses", registrationOpens, registrationCloses);
            Window ticketPrinting = window("ticketPrintingCloses", ticketPrintingOpens, ticketPrintingCloses);
            try {
                return new ExamCalendar(registration, Window.shanghaiInstant(resubmissionDeadline),
                        Window.shanghaiInstant(confirmationDeadline), Window.shanghaiInstant(paymentDeadline),
                        ticketPrinting, Window.shanghaiInstant(scoresReleased));
            } catch (BaokaoException e) {
                String field = CALENDAR_FIELDS.getOrDefault(e.getField(), e.getField());
                throw BaokaoException.at(field, e.getMessageKey(), e.getMessageArgs());
            }
        });
    }

    PhotoRule photoRule() {
        return new PhotoRule(photoWidth, photoHeight, photoExactSize, photoMinKb, photoMaxKb, photoBackgrounds);
    }

    private static Window window(String field, LocalDateTime opens, LocalDateTime closes) {
        if (!opens.isBefore(closes)) {
            throw BaokaoException.at(field, "calendar.window.order");
        }
        return Window.shanghai(opens, closes);
    }
}
