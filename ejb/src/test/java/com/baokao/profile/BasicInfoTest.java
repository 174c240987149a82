package com.baokao.profile;

import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.InvalidFormException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules between basic-info fields (seeds 002 and 003). */
class BasicInfoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static BasicInfo valid() {
        return new BasicInfo(7L, Education.COLLEGE, " 护理 ", true, LocalDate.of(2015, 7, 1), " 某医院 ", UnitType.PUBLIC_INSTITUTION,
                null, 8, PracticeCategory.NONE, null, InvoiceKind.PERSONAL, null, null);
    }

    private static BaokaoException refusal(BasicInfo info) {
        return catchThrowableOfType(BaokaoException.class, () -> info.validated(TODAY));
    }

    private static BasicInfo with(UnitType unit, String other, PracticeCategory practice, LocalDate firstRegistration,
                                  InvoiceKind invoice, String company, String taxpayer) {
        BasicInfo v = valid();
        return new BasicInfo(v.homeRegionId(), v.education(), v.major(), v.medicalMajor(), v.graduationDate(), v.workUnit(),
                unit, other, v.workYears(), practice, firstRegistration, invoice, company, taxpayer);
    }

    @Test
    void aCompleteFormIsTrimmedAndKept() {
        BasicInfo clean = valid().validated(TODAY);
        assertThat(clean.major()).isEqualTo("护理");
        assertThat(clean.workUnit()).isEqualTo("某医院");
        assertThat(clean.workProofWaived()).isTrue();
    }

    @Test
    void unitTypeOtherNeedsADescriptionAndOtherTypesDropIt() {
        assertThat(refusal(with(UnitType.OTHER, " ", PracticeCategory.NONE, null, InvoiceKind.PERSONAL, null, null)).getField())
                .isEqualTo("unitTypeOther");
        assertThat(with(UnitType.OTHER, "民办非企业", PracticeCategory.NONE, null, InvoiceKind.PERSONAL, null, null)
                .validated(TODAY).unitTypeOther()).isEqualTo("民办非企业");
        assertThat(with(UnitType.GOVERNMENT, "leftover", PracticeCategory.NONE, null, InvoiceKind.PERSONAL, null, null)
                .validated(TODAY).unitTypeOther()).isNull();
    }

    @Test
    void aPracticeCategoryOtherThanNoneNeedsThePastFirstRegistrationDate() {
        assertThat(refusal(with(UnitType.GOVERNMENT, null, PracticeCategory.NURSING, null, InvoiceKind.PERSONAL, null, null))
                .getMessageKey()).isEqualTo("profile.firstRegistration.required");
        assertThat(refusal(with(UnitType.GOVERNMENT, null, PracticeCategory.NURSING, TODAY.plusDays(1), InvoiceKind.PERSONAL,
                null, null)).getMessageKey()).isEqualTo("profile.date.future");
        assertThat(with(UnitType.GOVERNMENT, null, PracticeCategory.NURSING, TODAY, InvoiceKind.PERSONAL, null, null)
                .validated(TODAY).firstRegistrationDate()).isEqualTo(TODAY);
        assertThat(with(UnitType.GOVERNMENT, null, PracticeCategory.NONE, TODAY, InvoiceKind.PERSONAL, null, null)
                .validated(TODAY).firstRegistrationDate()).isNull();
    }

    @Test
    void aCompanyInvoiceNeedsTheCompanyAndAValidTaxpayerId() {
        assertThat(refusal(with(UnitType.GOVERNMENT, null, PracticeCategory.NONE, null, InvoiceKind.COMPANY, "", "91500000MA5U000000"))
                .getField()).isEqualTo("invoiceCompany");
        assertThat(refusal(with(UnitType.GOVERNMENT, null, PracticeCategory.NONE, null, InvoiceKind.COMPANY, "某公司", null))
                .getField()).isEqualTo("invoiceTaxpayerId");
        assertThat(refusal(with(UnitType.GOVERNMENT, null, PracticeCategory.NONE, null, InvoiceKind.COMPANY, "某公司", "12345"))
                .getMessageKey()).isEqualTo("profile.taxpayerId.invalid");
        BasicInfo company = with(UnitType.GOVERNMENT, null, PracticeCategory.NONE, null, InvoiceKind.COMPANY, "某公司",
                "91500000ma5u000000").validated(TODAY);
        assertThat(company.invoiceTaxpayerId()).isEqualTo("91500000MA5U000000");
        BasicInfo personal = with(UnitType.GOVERNMENT, null, PracticeCategory.NONE, null, InvoiceKind.PERSONAL, "某公司", "X")
                .validated(TODAY);
        assertThat(personal.invoiceCompany()).isNull();
        assertThat(personal.invoiceTaxpayerId()).isNull();
    }

    @Test
    void requiredFieldsAndRanges() {
        BasicInfo v = valid();
        assertThat(refusal(new BasicInfo(null, v.education(), v.major(), false, v.graduationDate(), v.workUnit(), v.unitType(),
                null, 1, null, null, null, null, null)).getField()).isEqualTo("homeRegion");
        assertThat(refusal(new BasicInfo(7L, v.education(), v.major(), false, TODAY.plusDays(1), v.workUnit(), v.unitType(),
                null, 1, null, null, null, null, null)).getMessageKey()).isEqualTo("profile.date.future");
        assertThat(refusal(new BasicInfo(7L, v.education(), v.major(), false, v.graduationDate(), v.workUnit(), v.unitType(),
                null, 71, null, null, null, null, null)).getField()).isEqualTo("workYears");
        assertThat(refusal(new BasicInfo(7L, v.education(), "x".repeat(101), false, v.graduationDate(), v.workUnit(),
                v.unitType(), null, 1, null, null, null, null, null)).getMessageKey()).isEqualTo("field.tooLong");
    }

    @Test
    void everyRefusedFieldIsReportedAtOnceInFormOrder() {
        BasicInfo empty = new BasicInfo(null, null, " ", false, null, null, null, null, 99, PracticeCategory.NONE,
                null, InvoiceKind.PERSONAL, null, null);
        InvalidFormException refused = catchThrowableOfType(InvalidFormException.class,
                () -> empty.validated(LocalDate.of(2026, 12, 5)));
        assertThat(refused.problems()).extracting(BaokaoException::getField).containsExactly("homeRegion",
                "education", "major", "graduationDate", "workUnit", "unitType", "workYears");
        assertThat(refused.getMessageKey()).isEqualTo("profile.homeRegion.required");
    }

    @Test
    void theWorkProofIsWaivedOnlyForMedicalMajorsWithACollegeDegreeOrAbove() {
        BasicInfo v = valid();
        assertThat(new BasicInfo(7L, Education.SECONDARY_VOCATIONAL, "护理", true, v.graduationDate(), "x", UnitType.GOVERNMENT,
                null, 1, null, null, null, null, null).workProofWaived()).isFalse();
        assertThat(new BasicInfo(7L, Education.BACHELOR, "法学", false, v.graduationDate(), "x", UnitType.GOVERNMENT,
                null, 1, null, null, null, null, null).workProofWaived()).isFalse();
        assertThat(ProfileRules.proofRequired(com.baokao.catalogue.ProofKind.WORK, v)).isFalse();
        assertThat(ProfileRules.proofRequired(com.baokao.catalogue.ProofKind.ID_CARD_FRONT, v)).isTrue();
    }
}
