package com.baokao.web.candidate;

import com.baokao.catalogue.CatalogueQueries;
import com.baokao.catalogue.CatalogueViews.RegionRow;
import com.baokao.catalogue.ProofKind;
import com.baokao.i18n.BaokaoException;
import com.baokao.profile.BasicInfo;
import com.baokao.profile.Education;
import com.baokao.profile.InvoiceKind;
import com.baokao.profile.PracticeCategory;
import com.baokao.profile.ProfileRules;
import com.baokao.profile.ProfileService;
import com.baokao.profile.ProfileView;
import com.baokao.profile.UnitType;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * candidate/profile.xhtml: seed 002's four steps (basic info → photo and proofs → check and submit → feedback).
 * Thin: every rule is in {@link ProfileService}.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "profileForm";
    /** The photo has a form of its own (a multipart post), where its refusals are shown. */
    static final String PHOTO_FORM = "photoForm";

    @EJB
    ProfileService profiles;

    @EJB
    CatalogueQueries catalogue;

    private ProfileView profile;
    private List<RegionRow> regions;
    private int step;

    private Long homeRegionId;
    private Education education;
    private String major;
    private boolean medicalMajor;
    private LocalDate graduationDate;
    private String workUnit;
    private UnitType unitType;
    private String unitTypeOther;
    private Integer workYears;
    private PracticeCategory practiceCategory;
    private LocalDate firstRegistrationDate;
    private InvoiceKind invoiceKind;
    private String invoiceCompany;
    private String invoiceTaxpayerId;

    private transient Part photoPart;
    /** Files chosen for each proof kind in this request (one form holds every proof's input). */
    private transient java.util.Map<ProofKind, Part> proofParts;

    @PostConstruct
    void load() {
        regions = catalogue.regions();
        reload();
        step = !profile.basicInfoSaved() ? 0 : profile.editable() && !profile.filesComplete() ? 1
                : profile.editable() ? 2 : 3;
    }

    private void reload() {
        profile = profiles.mine();
        BasicInfo b = profile.basicInfo();
        homeRegionId = b.homeRegionId();
        education = b.education();
        major = b.major();
        medicalMajor = b.medicalMajor();
        graduationDate = b.graduationDate();
        workUnit = b.workUnit();
        unitType = b.unitType();
        unitTypeOther = b.unitTypeOther();
        workYears = b.workYears();
        practiceCategory = b.practiceCategory();
        firstRegistrationDate = b.firstRegistrationDate();
        invoiceKind = b.invoiceKind();
        invoiceCompany = b.invoiceCompany();
        invoiceTaxpayerId = b.invoiceTaxpayerId();
    }

    private boolean attempt(Runnable change) {
        return attempt(FORM, change);
    }

    /** Runs a change; a refusal is shown at its fields inside {@code formId}, every reason of it. */
    private boolean attempt(String formId, Runnable change) {
        try {
            change.run();
            reload();
            return true;
        } catch (BaokaoException e) {
            FacesMessages.refusal(formId, e);
            return false;
        }
    }

    public void saveBasicInfo() {
        BasicInfo info = new BasicInfo(homeRegionId, education, major, medicalMajor, graduationDate, workUnit, unitType,
                unitTypeOther, workYears, practiceCategory, firstRegistrationDate, invoiceKind, invoiceCompany,
                invoiceTaxpayerId);
        if (attempt(() -> profiles.saveBasicInfo(profile.id() == null ? null : profile.version(), info))) {
            FacesMessages.info("profile.saved");
            step = 1;
        }
    }

    public void uploadPhoto() {
        byte[] bytes = Uploads.bytes(photoPart);
        if (bytes == null) {
            FacesMessages.error(PHOTO_FORM + ":photo", "upload.choose");
            return;
        }
        if (attempt(PHOTO_FORM, () -> profiles.uploadPhoto(profile.version(), bytes))) {
            FacesMessages.info("profile.photo.saved");
        }
    }

    /** Uploads every proof file the candidate chose; each is checked and stored on its own. */
    public void uploadProofs() {
        boolean any = false;
        for (java.util.Map.Entry<ProofKind, Part> chosen : getProofParts().entrySet()) {
            byte[] bytes = Uploads.bytes(chosen.getValue());
            if (bytes == null) {
                continue;
            }
            any = true;
            ProofKind kind = chosen.getKey();
            if (attempt(() -> profiles.uploadProof(profile.version(), kind, bytes))) {
                FacesMessages.info("profile.proof.saved");
            }
        }
        proofParts = null;
        if (!any) {
            FacesMessages.error(null, "upload.choose");
        }
    }

    public void submit() {
        if (attempt(() -> profiles.submit(profile.version()))) {
            FacesMessages.info("profile.submitted");
            step = 3;
        }
    }

    public void reopen() {
        if (attempt(() -> profiles.reopen(profile.version()))) {
            step = 0;
        }
    }

    public void goTo(int target) {
        if (target >= 1 && !profile.basicInfoSaved()) {
            FacesMessages.error(null, "profile.step.basicInfo");
            return;
        }
        if (target == 2 && !profile.filesComplete()) {
            FacesMessages.error(null, "profile.step.files");
            return;
        }
        step = target;
    }

    public String regionName(Long id) {
        return regions.stream().filter(r -> r.id() == (id == null ? -1 : id)).map(r -> r.parentName() == null ? r.name()
                : r.parentName() + " / " + r.name()).findFirst().orElse("");
    }

    public com.baokao.catalogue.PhotoRule getPhotoRule() {
        return ProfileRules.platformPhotoRule();
    }

    public Education[] getEducations() {
        return Education.values();
    }

    public UnitType[] getUnitTypes() {
        return UnitType.values();
    }

    public PracticeCategory[] getPracticeCategories() {
        return PracticeCategory.values();
    }

    public InvoiceKind[] getInvoiceKinds() {
        return InvoiceKind.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(com.baokao.platform.BusinessTime.ZONE);
    }

    public ProfileView getProfile() {
        return profile;
    }

    public List<RegionRow> getRegions() {
        return regions;
    }

    public int getStep() {
        return step;
    }

    public Long getHomeRegionId() {
        return homeRegionId;
    }

    public void setHomeRegionId(Long homeRegionId) {
        this.homeRegionId = homeRegionId;
    }

    public Education getEducation() {
        return education;
    }

    public void setEducation(Education education) {
        this.education = education;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
    }

    public boolean isMedicalMajor() {
        return medicalMajor;
    }

    public void setMedicalMajor(boolean medicalMajor) {
        this.medicalMajor = medicalMajor;
    }

    public LocalDate getGraduationDate() {
        return graduationDate;
    }

    public void setGraduationDate(LocalDate graduationDate) {
        this.graduationDate = graduationDate;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public void setWorkUnit(String workUnit) {
        this.workUnit = workUnit;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public void setUnitType(UnitType unitType) {
        this.unitType = unitType;
    }

    public String getUnitTypeOther() {
        return unitTypeOther;
    }

    public void setUnitTypeOther(String unitTypeOther) {
        this.unitTypeOther = unitTypeOther;
    }

    public Integer getWorkYears() {
        return workYears;
    }

    public void setWorkYears(Integer workYears) {
        this.workYears = workYears;
    }

    public PracticeCategory getPracticeCategory() {
        return practiceCategory;
    }

    public void setPracticeCategory(PracticeCategory practiceCategory) {
        this.practiceCategory = practiceCategory;
    }

    public LocalDate getFirstRegistrationDate() {
        return firstRegistrationDate;
    }

    public void setFirstRegistrationDate(LocalDate firstRegistrationDate) {
        this.firstRegistrationDate = firstRegistrationDate;
    }

    public InvoiceKind getInvoiceKind() {
        return invoiceKind;
    }

    public void setInvoiceKind(InvoiceKind invoiceKind) {
        this.invoiceKind = invoiceKind;
    }

    public String getInvoiceCompany() {
        return invoiceCompany;
    }

    public void setInvoiceCompany(String invoiceCompany) {
        this.invoiceCompany = invoiceCompany;
    }

    public String getInvoiceTaxpayerId() {
        return invoiceTaxpayerId;
    }

    public void setInvoiceTaxpayerId(String invoiceTaxpayerId) {
        this.invoiceTaxpayerId = invoiceTaxpayerId;
    }

    public Part getPhotoPart() {
        return photoPart;
    }

    public void setPhotoPart(Part photoPart) {
        this.photoPart = photoPart;
    }

    public java.util.Map<ProofKind, Part> getProofParts() {
        if (proofParts == null) {
            proofParts = new java.util.EnumMap<>(ProofKind.class);
        }
        return proofParts;
    }
}
