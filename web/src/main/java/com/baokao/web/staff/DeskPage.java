package com.baokao.web.staff;

import com.baokao.web.operations.BaokaoMetrics;
import com.baokao.account.IdType;
import com.baokao.application.ApplicationOptions;
import com.baokao.application.ApplicationView;
import com.baokao.application.Choices;
import com.baokao.desk.PledgeReceipt;
import com.baokao.desk.WalkInDesk;
import com.baokao.i18n.BaokaoException;
import com.baokao.payment.OfflineMethod;
import com.baokao.payment.OfflinePayments;
import com.baokao.web.FacesMessages;
import com.baokao.web.LocaleView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /staff/desk.xhtml}: the walk-in desk (现场报名) of a registration point. Find the candidate by ID number (or
 * open their account and hand them the one-time code), record the pledge signed on paper, fill in and submit the
 * application with them, take the fee (cash or card, against a slip), print the receipt and, in the ticket window,
 * print the admission ticket and record it handed over. Rules and refusals are {@link WalkInDesk}'s; this bean only
 * holds what the page shows.
 */
@Named
@ViewScoped
public class DeskPage implements Serializable {

    @Inject
    BaokaoMetrics metrics;

    private static final long serialVersionUID = 1L;
    static final String FORM = "deskForm";

    @EJB
    WalkInDesk desk;

    @Inject
    LocaleView locale;

    private WalkInDesk.Desk here;
    private boolean allowed = true;
    private String refusal;

    private String idNumber;
    private boolean searched;
    private WalkInDesk.CandidateAtDesk candidate;

    private String newName;
    private String newPhone;
    private String newEmail;
    private String oneTimeCode;

    private Long sessionId;
    private boolean pledgeReceived;
    private boolean pledgeScanned;

    private Long applicationId;
    private ApplicationView application;
    private ApplicationOptions options;
    private Long siteId;
    private Long levelId;
    private Long specialtyId;
    private Long conditionId;

    private Long feeApplicationId;
    private OfflineMethod method = OfflineMethod.CASH;
    private String slipNumber;
    private OfflinePayments.Taken taken;

    private boolean idChecked;

    private com.baokao.profile.ProfileView profile;
    private com.baokao.profile.Education education;
    private String major;
    private boolean medicalMajor;
    private java.time.LocalDate graduationDate;
    private String workUnit;
    private com.baokao.profile.UnitType unitType;
    private Integer workYears;
    private transient jakarta.servlet.http.Part photoPart;

    @PostConstruct
    void init() {
        try {
            here = desk.desk();
        } catch (BaokaoException e) {
            allowed = false;
            refusal = com.baokao.i18n.UserMessages.format(locale.getLocale(), e);
        } catch (EJBAccessException e) {
            // an administrator or operator: the desk is a reviewer's with a desk scope
            allowed = false;
            refusal = com.baokao.i18n.UserMessages.format(locale.getLocale(), "desk.notOperator");
        }
    }

    // ---- find or register ----

    public void find() {
        reset();
        searched = true;
        try {
            candidate = desk.find(IdType.RESIDENT_ID, idNumber).orElse(null);
            loadProfile();
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public void register() {
        try {
            WalkInDesk.Registered registered = desk.register(new WalkInDesk.NewCandidate(newName, IdType.RESIDENT_ID, idNumber,
                    null, null, newPhone, newEmail), locale.getLocale());
            oneTimeCode = registered.oneTimeCode();
            candidate = desk.candidate(registered.accountId());
            loadProfile();
            FacesMessages.info("desk.registered.info", candidate.fullName());
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e, java.util.Map.of("name", "newName", "phone", "newPhone", "email", "newEmail",
                    "idNumber", "idNumber"));
        }
    }

    private void reset() {
        candidate = null;
        oneTimeCode = null;
        applicationId = null;
        application = null;
        options = null;
        feeApplicationId = null;
        taken = null;
        searched = false;
        profile = null;
        education = null;
        major = null;
        medicalMajor = false;
        graduationDate = null;
        workUnit = null;
        unitType = null;
        workYears = null;
    }

    private void refresh() {
        if (candidate != null) {
            candidate = desk.candidate(candidate.accountId());
        }
    }

    // ---- the profile, filled in with the candidate ----

    private void loadProfile() {
        profile = candidate == null ? null : desk.profile(candidate.accountId());
        if (profile != null && profile.basicInfoSaved()) {
            com.baokao.profile.BasicInfo b = profile.basicInfo();
            education = b.education();
            major = b.major();
            medicalMajor = b.medicalMajor();
            graduationDate = b.graduationDate();
            workUnit = b.workUnit();
            unitType = b.unitType();
            workYears = b.workYears();
        }
    }

    public void saveProfile() {
        try {
            desk.saveBasicInfo(candidate.accountId(), profile == null || profile.id() == null ? null : profile.version(),
                    new com.baokao.profile.BasicInfo(here.regionId(), education, major, medicalMajor, graduationDate,
                            workUnit, unitType, null, workYears, com.baokao.profile.PracticeCategory.NONE, null,
                            com.baokao.profile.InvoiceKind.PERSONAL, null, null));
            FacesMessages.info("desk.profile.saved");
            loadProfile();
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public void uploadPhoto() {
        byte[] bytes = com.baokao.web.candidate.Uploads.bytes(photoPart);
        if (bytes == null) {
            FacesMessages.error("deskPhotoForm:photo", "upload.choose");
            return;
        }
        try {
            desk.uploadPhoto(candidate.accountId(), profile.version(), bytes);
            FacesMessages.info("desk.photo.saved");
            loadProfile();
        } catch (BaokaoException e) {
            FacesMessages.refusal("deskPhotoForm", e);
        }
    }

    public com.baokao.catalogue.PhotoRule getPhotoRule() {
        return com.baokao.profile.ProfileRules.platformPhotoRule();
    }

    public com.baokao.profile.Education[] getEducations() {
        return com.baokao.profile.Education.values();
    }

    public com.baokao.profile.UnitType[] getUnitTypes() {
        return com.baokao.profile.UnitType.values();
    }

    public java.time.LocalDate getToday() {
        return java.time.LocalDate.now(com.baokao.platform.BusinessTime.ZONE);
    }

    public com.baokao.profile.ProfileView getProfile() {
        return profile;
    }

    public com.baokao.profile.Education getEducation() {
        return education;
    }

    public void setEducation(com.baokao.profile.Education education) {
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

    public java.time.LocalDate getGraduationDate() {
        return graduationDate;
    }

    public void setGraduationDate(java.time.LocalDate graduationDate) {
        this.graduationDate = graduationDate;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public void setWorkUnit(String workUnit) {
        this.workUnit = workUnit;
    }

    public com.baokao.profile.UnitType getUnitType() {
        return unitType;
    }

    public void setUnitType(com.baokao.profile.UnitType unitType) {
        this.unitType = unitType;
    }

    public Integer getWorkYears() {
        return workYears;
    }

    public void setWorkYears(Integer workYears) {
        this.workYears = workYears;
    }

    public jakarta.servlet.http.Part getPhotoPart() {
        return photoPart;
    }

    public void setPhotoPart(jakarta.servlet.http.Part photoPart) {
        this.photoPart = photoPart;
    }

    // ---- pledge and application ----

    public List<WalkInDesk.DeskExam> getExams() {
        return allowed ? desk.openExams() : List.of();
    }

    public void start() {
        try {
            if (sessionId == null) {
                throw BaokaoException.at("session", "field.required");
            }
            if (pledgeReceived) {
                desk.recordPledge(candidate.accountId(), sessionId, pledgeScanned ? PledgeReceipt.SCANNED : PledgeReceipt.PAPER);
            }
            applicationId = desk.start(candidate.accountId(), sessionId);
            load();
            refresh();
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public void edit(long id) {
        applicationId = id;
        load();
    }

    private void load() {
        application = desk.view(applicationId);
        Choices c = application.choices();
        siteId = c.siteId();
        levelId = c.levelId();
        specialtyId = c.specialtyId();
        conditionId = c.conditionId();
        options = desk.options(applicationId, levelId);
    }

    public void levelChanged() {
        options = desk.options(applicationId, levelId);
        specialtyId = null;
        conditionId = null;
    }

    public void submit() {
        try {
            desk.submit(candidate.accountId(), applicationId, application.version(),
                    new Choices(null, siteId, levelId, specialtyId, conditionId, null, null, null));
            metrics.submitted(BaokaoMetrics.Channel.DESK);
            FacesMessages.info("desk.submitted.info");
            load();
            refresh();
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        } catch (EJBAccessException e) {
            FacesMessages.error(null, "desk.notYours");
        }
    }

    // ---- fee, receipt, ticket ----

    public void chooseFee(long id) {
        feeApplicationId = id;
        taken = null;
    }

    public long getFeeFen() {
        return feeApplicationId == null ? 0 : desk.fee(feeApplicationId);
    }

    public void takeFee() {
        try {
            taken = desk.takeFee(feeApplicationId, method, slipNumber);
            slipNumber = null;
            FacesMessages.info("desk.paid.info");
            refresh();
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        } catch (EJBAccessException e) {
            FacesMessages.error(null, "desk.notYours");
        }
    }

    public void handOver(long id) {
        try {
            desk.handOver(id, idChecked);
            idChecked = false;
            FacesMessages.info("desk.handedOver.info");
            refresh();
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        } catch (EJBAccessException e) {
            FacesMessages.error(null, "desk.notYours");
        }
    }

    // ---- refunds of desk money ----

    public List<OfflinePayments.DeskRefund> getRefunds() {
        return allowed ? desk.refunds() : List.of();
    }

    public void payOut(long refundId) {
        try {
            desk.payOut(refundId);
            FacesMessages.info("desk.refunded.info");
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    // ---- properties ----

    public WalkInDesk.Desk getHere() {
        return here;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public boolean isSearched() {
        return searched;
    }

    public WalkInDesk.CandidateAtDesk getCandidate() {
        return candidate;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPhone() {
        return newPhone;
    }

    public void setNewPhone(String newPhone) {
        this.newPhone = newPhone;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getOneTimeCode() {
        return oneTimeCode;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public boolean isPledgeReceived() {
        return pledgeReceived;
    }

    public void setPledgeReceived(boolean pledgeReceived) {
        this.pledgeReceived = pledgeReceived;
    }

    public boolean isPledgeScanned() {
        return pledgeScanned;
    }

    public void setPledgeScanned(boolean pledgeScanned) {
        this.pledgeScanned = pledgeScanned;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public ApplicationOptions getOptions() {
        return options;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Long getLevelId() {
        return levelId;
    }

    public void setLevelId(Long levelId) {
        this.levelId = levelId;
    }

    public Long getSpecialtyId() {
        return specialtyId;
    }

    public void setSpecialtyId(Long specialtyId) {
        this.specialtyId = specialtyId;
    }

    public Long getConditionId() {
        return conditionId;
    }

    public void setConditionId(Long conditionId) {
        this.conditionId = conditionId;
    }

    public Long getFeeApplicationId() {
        return feeApplicationId;
    }

    public OfflineMethod getMethod() {
        return method;
    }

    public void setMethod(OfflineMethod method) {
        this.method = method;
    }

    public OfflineMethod[] getMethods() {
        return OfflineMethod.values();
    }

    public String getSlipNumber() {
        return slipNumber;
    }

    public void setSlipNumber(String slipNumber) {
        this.slipNumber = slipNumber;
    }

    public OfflinePayments.Taken getTaken() {
        return taken;
    }

    public boolean isIdChecked() {
        return idChecked;
    }

    public void setIdChecked(boolean idChecked) {
        this.idChecked = idChecked;
    }
}
