package com.baokao.profile;

import com.baokao.i18n.FreeText;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.FormCheck;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Step 1 of the profile (seed 002 "基本信息"). {@link #validated(LocalDate)} applies the rules between fields:
 * a unit type of OTHER needs a description, a practice category other than NONE needs the first registration
 * date, a company invoice needs the company name and taxpayer id.
 */
public record BasicInfo(Long homeRegionId, Education education, String major, boolean medicalMajor,
                        LocalDate graduationDate, String workUnit, UnitType unitType, String unitTypeOther,
                        Integer workYears, PracticeCategory practiceCategory, LocalDate firstRegistrationDate,
                        InvoiceKind invoiceKind, String invoiceCompany, String invoiceTaxpayerId) implements Serializable {

    /** 统一社会信用代码 (18 characters) or an older 15/20-character taxpayer number. */
    private static final Pattern TAXPAYER_ID = Pattern.compile("[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20}");

    public static BasicInfo empty() {
        return new BasicInfo(null, null, null, false, null, null, null, null, null, PracticeCategory.NONE, null,
                InvoiceKind.PERSONAL, null, null);
    }

    /** The same information, trimmed and with fields that no longer apply cleared; or a refusal naming every bad field. */
    public BasicInfo validated(LocalDate today) {
        // every refused field at once, so the page and the phone show them all in one go
        FormCheck check = new FormCheck();
        check.required("homeRegion", homeRegionId, "profile.homeRegion.required");
        check.required("education", education, "profile.education.required");
        String cleanMajor = check.value(() -> text("major", major, 100, true));
        check.rule(() -> {
            if (graduationDate == null) {
                throw BaokaoException.at("graduationDate", "profile.graduationDate.required");
            }
            if (graduationDate.isAfter(today)) {
                throw BaokaoException.at("graduationDate", "profile.date.future");
            }
        });
        String cleanUnit = check.value(() -> text("workUnit", workUnit, 200, true));
        check.required("unitType", unitType, "profile.unitType.required");
        String cleanOther = unitType == UnitType.OTHER
                ? check.value(() -> text("unitTypeOther", unitTypeOther, 100, true)) : null;
        check.rule(() -> {
            if (workYears == null) {
                throw BaokaoException.at("workYears", "profile.workYears.required");
            }
            if (workYears < 0 || workYears > 70) {
                throw BaokaoException.at("workYears", "profile.workYears.range");
            }
        });
        PracticeCategory category = practiceCategory == null ? PracticeCategory.NONE : practiceCategory;
        LocalDate firstRegistration = category == PracticeCategory.NONE ? null : check.value(() -> {
            if (firstRegistrationDate == null) {
                throw BaokaoException.at("firstRegistrationDate", "profile.firstRegistration.required");
            }
            if (firstRegistrationDate.isAfter(today)) {
                throw BaokaoException.at("firstRegistrationDate", "profile.date.future");
            }
            return firstRegistrationDate;
        });
        InvoiceKind invoice = invoiceKind == null ? InvoiceKind.PERSONAL : invoiceKind;
        String company = null;
        String taxpayer = null;
        if (invoice == InvoiceKind.COMPANY) {
            company = check.value(() -> text("invoiceCompany", invoiceCompany, 200, true));
            taxpayer = check.value(() -> {
                String id = text("invoiceTaxpayerId", invoiceTaxpayerId, 20, true).toUpperCase();
                if (!TAXPAYER_ID.matcher(id).matches()) {
                    throw BaokaoException.at("invoiceTaxpayerId", "profile.taxpayerId.invalid");
                }
                return id;
            });
        }
        check.done();
        return new BasicInfo(homeRegionId, education, cleanMajor, medicalMajor, graduationDate, cleanUnit, unitType,
                cleanOther, workYears, category, firstRegistration, invoice, company, taxpayer);
    }

    private static String text(String field, String value, int max, boolean required) {
        return FreeText.field(field, value, max, required);
    }

    /** Medical majors with a college degree or above need no work proof (seed 002). */
    public boolean workProofWaived() {
        return medicalMajor && education != null && education.collegeOrAbove();
    }
}
