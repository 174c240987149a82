package com.baokao.catalogue;

import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.InvalidFormException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The administrator's forms are refused with every problem at once, each at its field, before the service touches
 * the database: so these run without a container (the service has no entity manager here).
 */
class CatalogueFormsTest {

    private static final LocalDateTime OPENS = LocalDateTime.of(2026, 3, 1, 9, 0);

    private final PlacesService places = new PlacesService();
    private final SessionTreeService sessionTree = new SessionTreeService();

    private static InvalidFormException refused(Executable change) {
        InvalidFormException e = catchThrowableOfType(InvalidFormException.class, change::execute);
        assertThat(e).as("refused as a form").isNotNull();
        return e;
    }

    private static List<String> fields(InvalidFormException e) {
        return e.problems().stream().map(BaokaoException::getField).toList();
    }

    private static SessionForm session(String code, LocalDateTime confirmation, LocalDateTime ticketsOpen) {
        SessionForm blank = SessionForm.blank();
        return new SessionForm(code, "2026 年上半年健康管理师", "健康管理师", OPENS, OPENS.plusDays(14), OPENS.plusDays(19),
                confirmation, OPENS.plusDays(30), ticketsOpen, OPENS.plusDays(77), OPENS.plusDays(111), true, 1,
                blank.photoWidth(), blank.photoHeight(), blank.photoExactSize(), blank.photoMinKb(), blank.photoMaxKb(),
                blank.photoBackgrounds(), false, false, false);
    }

    @Test
    void aNewSessionStartsWithTheStandardPhotoRule() {
        SessionForm blank = SessionForm.blank();

        assertThat(List.of(blank.photoWidth(), blank.photoHeight(), blank.photoMinKb(), blank.photoMaxKb()))
                .containsExactly(260, 360, 15, 45);
        assertThat(blank.photoExactSize()).isTrue();
        assertThat(blank.photoBackgrounds()).isEqualTo(PhotoRule.ANY_BACKGROUND).isEqualTo("WHITE,BLUE,RED");
    }

    @Test
    void photoBackgroundsAreKeptInOneOrderAndOnlyKnownColoursAreAllowed() {
        assertThat(new PhotoRule(260, 360, true, 15, 45, " blue, WHITE,blue ").getBackgrounds()).isEqualTo("WHITE,BLUE");
        assertThat(new PhotoRule(260, 360, true, 15, 45, " , ").getBackgrounds()).isEqualTo(PhotoRule.ANY_BACKGROUND);

        BaokaoException e = catchThrowableOfType(BaokaoException.class,
                () -> new PhotoRule(260, 360, true, 15, 45, "WHITE,GREEN"));
        assertThat(e.getField()).isEqualTo("photoBackgrounds");
        assertThat(e.getMessageKey()).isEqualTo("photo.rule.backgrounds.invalid");
    }

    @Test
    void anEmptySessionFormNamesEveryMissingFieldAtOnce() {
        InvalidFormException e = refused(() -> SessionForm.blank().validated(true));

        assertThat(fields(e)).containsExactly("code", "name", "occupation", "registrationOpens", "registrationCloses",
                "resubmissionDeadline", "confirmationDeadline", "paymentDeadline", "ticketPrintingOpens",
                "ticketPrintingCloses", "scoresReleased");
    }

    @Test
    void theCodeOfAnExistingSessionIsNotCheckedAgain() {
        InvalidFormException e = refused(() -> SessionForm.blank().validated(false));

        assertThat(fields(e)).doesNotContain("code").contains("name", "scoresReleased");
    }

    @Test
    void aCompleteSessionFormGivesItsCalendarAndPhotoRule() {
        SessionForm.Valid valid = session(" HM2026A ", OPENS.plusDays(24), OPENS.plusDays(70)).validated(true);

        assertThat(valid.code()).isEqualTo("HM2026A");
        assertThat(valid.calendar().confirmationDeadline()).isEqualTo(Window.shanghaiInstant(OPENS.plusDays(24)));
        assertThat(valid.photoRule().getWidth()).isEqualTo(260);
    }

    @Test
    void calendarRefusalsNameTheDateAsTheFormCallsIt() {
        // tickets open before the payment deadline: the calendar says "ticketPrinting", the form "ticketPrintingOpens"
        InvalidFormException e = refused(() -> session("HM2026A", OPENS.plusDays(24), OPENS.plusDays(20)).validated(true));

        assertThat(e.problems()).extracting(BaokaoException::getField, BaokaoException::getMessageKey)
                .containsExactly(tuple("ticketPrintingOpens", "calendar.tickets.before.payment"));
        // what callers that read one key have always seen
        assertThat(e.getMessageKey()).isEqualTo("calendar.tickets.before.payment");
    }

    @Test
    void badCodeValidityAndPhotoRuleAreReportedTogether() {
        SessionForm good = session("HM2026A", OPENS.plusDays(24), OPENS.plusDays(70));
        SessionForm bad = new SessionForm("HM 2026", good.name(), good.occupation(), good.registrationOpens(),
                good.registrationCloses(), good.resubmissionDeadline(), good.confirmationDeadline(), good.paymentDeadline(),
                good.ticketPrintingOpens(), good.ticketPrintingCloses(), good.scoresReleased(), true, 0, 260, 360, true,
                50, 45, null, false, false, false);

        assertThat(refused(() -> bad.validated(true)).problems())
                .extracting(BaokaoException::getField, BaokaoException::getMessageKey)
                .containsExactly(tuple("code", "code.format"), tuple("scoreValidityYears", "session.validity.invalid"),
                        tuple("photoRule", "photo.rule.invalid"));
    }

    @Test
    void aSubjectFormNamesEveryProblemIncludingTheFee() {
        SubjectForm form = new SubjectForm(null, null, "", " ", null, 0, true, "175.505");

        assertThat(refused(() -> sessionTree.addSubject(form)).problems())
                .extracting(BaokaoException::getField, BaokaoException::getMessageKey)
                .containsExactly(tuple("level", "field.required"), tuple("fee", "money.decimals"),
                        tuple("subjectCode", "code.format"), tuple("subjectName", "field.required"),
                        tuple("startsAt", "subject.start.required"), tuple("duration", "subject.duration.invalid"));
    }

    @Test
    void aSubjectFeeIsRequiredAndNeverNegative() {
        LocalDateTime startsAt = OPENS.plusDays(80);

        assertThat(fields(refused(() -> sessionTree.addSubject(new SubjectForm(1L, null, "T", "理论", startsAt, null, true, "")))))
                .containsExactly("fee", "duration");
        assertThat(refused(() -> sessionTree.addSubject(new SubjectForm(1L, null, "T", "理论", startsAt, 90, true, "-1")))
                .getMessageKey()).isEqualTo("money.negative");
        assertThat(refused(() -> sessionTree.addSubject(1L, null, "T", "理论", startsAt, 90, true, -1)).getMessageKey())
                .isEqualTo("subject.fee.invalid");
    }

    @Test
    void theOtherPartsOfASessionNameTheirMissingChoices() {
        assertThat(fields(refused(() -> sessionTree.addSpecialty(null, "", "")))).containsExactly("level", "specialtyCode", "specialtyName");
        assertThat(fields(refused(() -> sessionTree.addLevel(1, "", "")))).containsExactly("levelCode", "levelName");
        assertThat(fields(refused(() -> sessionTree.addEligibilityCondition(null, " ")))).containsExactly("level", "condition");
        assertThat(fields(refused(() -> sessionTree.addSitting(null, null)))).containsExactly("sittingSubject", "sittingStartsAt");
        assertThat(fields(refused(() -> sessionTree.setRegionRule(1, null, 3, false, null, true))))
                .containsExactly("ruleRegion", "reviewLevels", "confirmationMode");
    }

    @Test
    void placesNameTheirMissingChoices() {
        assertThat(fields(refused(() -> places.createRegion("广东", "", null)))).containsExactly("code", "name");
        assertThat(fields(refused(() -> places.createSite(null, "", "", "", false))))
                .containsExactly("siteRegion", "siteCode", "siteName", "siteAddress");
        assertThat(fields(refused(() -> places.createRoom(null, "", 0, false)))).containsExactly("roomSite", "roomName", "capacity");
        assertThat(fields(refused(() -> places.createReviewPoint(null, null, null)))).containsExactly("pointRegion", "pointName");
        assertThat(fields(refused(() -> places.updateSite(1, 0, "", "", false)))).containsExactly("siteName", "siteAddress");
        assertThat(fields(refused(() -> places.updateRoom(1, 0, "", 10_001, false)))).containsExactly("roomName", "capacity");
    }
}
