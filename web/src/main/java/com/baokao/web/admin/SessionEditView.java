package com.baokao.web.admin;

import com.baokao.catalogue.CatalogueQueries;
import com.baokao.catalogue.CatalogueService;
import com.baokao.catalogue.CatalogueViews.LevelView;
import com.baokao.catalogue.CatalogueViews.RegionRow;
import com.baokao.catalogue.CatalogueViews.SessionDetail;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.ProofKind;
import com.baokao.catalogue.SessionForm;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * admin/session.xhtml?id=N: one exam session: its calendar and rules, levels, specialties, subjects and their
 * sittings, eligibility conditions, region rules, proof rules, exam-day rules and notices. Without an id it
 * creates a new session.
 */
@Named
@ViewScoped
public class SessionEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "sessionForm";
    static final String PARTS = "partsForm";

    @EJB
    CatalogueService catalogue;

    @EJB
    CatalogueQueries queries;

    @EJB
    com.baokao.payment.Cancellations cancellations;

    private String cancelReason;

    @Inject
    Clock clock;

    private Long id;
    private SessionDetail detail;
    private final SessionFields fields = new SessionFields();

    private Long levelId;
    private Long specialtyId;
    private String partCode;
    private String partName;
    private LocalDateTime subjectStartsAt;
    private int subjectDuration = 120;
    private boolean subjectComputerBased = true;
    private BigDecimal subjectFeeYuan = BigDecimal.ZERO;
    private String conditionText;
    private Long ruleRegionId;
    private int ruleReviewLevels = 1;
    private boolean ruleReviewAfterExam;
    private ConfirmationMode ruleConfirmationMode = ConfirmationMode.ONLINE;
    private boolean ruleOnlinePayment = true;
    private ProofKind proofKind = ProofKind.ID_CARD_FRONT;
    private int proofMaxKb = 200;
    private boolean proofRequired = true;
    private String noticeTitle;
    private String noticeHtml;
    private Long sittingSubjectId;
    private LocalDateTime sittingStartsAt;
    private String examDayRules;

    /** f:viewAction: loads the session named by the id parameter. */
    public void load() {
        if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
            refresh();
            fields.fill(detail.form());
            examDayRules = detail.examDayRules();
        }
    }

    private void refresh() {
        detail = queries.session(id);
    }

    public void save() throws IOException {
        SessionForm form = fields.toForm();
        try {
            if (id == null) {
                long created = catalogue.createSession(form);
                FacesMessages.infoAfterRedirect("catalogue.saved");
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/admin/session.xhtml?id=" + created);
                return;
            }
            catalogue.updateSession(id, detail.version(), form);
            refresh();
            FacesMessages.info("catalogue.saved");
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof OptimisticLockException)) {
                throw e;
            }
            refresh();
            FacesMessages.error(null, "catalogue.changed.meanwhile");
        }
    }

    /** Runs one change; on success clears the small forms, on refusal keeps what the administrator typed. */
    private boolean part(Runnable change, String doneKey) {
        try {
            change.run();
            refresh();
            partCode = null;
            partName = null;
            conditionText = null;
            FacesMessages.info(doneKey);
            return true;
        } catch (BaokaoException e) {
            FacesMessages.refusal(PARTS, e);
            return false;
        }
    }

    public void addLevel() {
        part(() -> catalogue.addLevel(id, partCode, partName), "catalogue.saved");
    }

    public void addSpecialty() {
        part(() -> catalogue.addSpecialty(requireLevel(), partCode, partName), "catalogue.saved");
    }

    public void addSubject() {
        part(() -> catalogue.addSubject(requireLevel(), specialtyId, partCode, partName, subjectStartsAt, subjectDuration,
                subjectComputerBased, toFen(subjectFeeYuan)), "catalogue.saved");
    }

    public void addCondition() {
        part(() -> catalogue.addEligibilityCondition(requireLevel(), conditionText), "catalogue.saved");
    }

    public void deleteSubject(long subjectId) {
        part(() -> catalogue.deleteSubject(subjectId), "catalogue.deleted");
    }

    public void deleteLevel(long level) {
        part(() -> catalogue.deleteLevel(level), "catalogue.deleted");
    }

    public void setRegionRule() {
        part(() -> {
            if (ruleRegionId == null) {
                throw BaokaoException.at("ruleRegion", "field.required");
            }
            catalogue.setRegionRule(id, ruleRegionId, ruleReviewLevels, ruleReviewAfterExam, ruleConfirmationMode, ruleOnlinePayment);
        }, "catalogue.saved");
    }

    public void setProofRule() {
        part(() -> catalogue.setProofRule(id, proofKind, proofMaxKb, proofRequired), "catalogue.saved");
    }

    public void publishNotice() {
        if (part(() -> catalogue.publishNotice(id, noticeTitle, noticeHtml, clock.instant()), "catalogue.saved")) {
            noticeTitle = null;
            noticeHtml = null;
        }
    }

    /** One uploaded attachment of the notice named by the component's "noticeId" attribute. */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        org.primefaces.model.file.UploadedFile file = event.getFile();
        long noticeId = ((Number) event.getComponent().getAttributes().get("noticeId")).longValue();
        try {
            part(() -> catalogue.attach(noticeId, file.getFileName(), file.getContent()), "attachment.added");
        } finally {
            try {
                file.delete(); // the container's temporary copy; the database now holds the file
            } catch (java.io.IOException e) {
                java.util.logging.Logger.getLogger(SessionEditView.class.getName()).fine("temporary upload already gone");
            }
        }
    }

    /** Adds the chosen subject's next sitting (批次). */
    public void addSitting() {
        if (part(() -> {
            if (sittingSubjectId == null) {
                throw BaokaoException.at("sittingSubject", "field.required");
            }
            catalogue.addSitting(sittingSubjectId, sittingStartsAt);
        }, "catalogue.saved")) {
            sittingStartsAt = null;
        }
    }

    public void removeSitting(long sittingId) {
        part(() -> catalogue.removeSitting(sittingId), "catalogue.deleted");
    }

    /** Saves the exam-day rules and shows them as they will be printed (trimmed, blank lines dropped). */
    public void saveExamDayRules() {
        if (part(() -> catalogue.setExamDayRules(id, examDayRules), "catalogue.saved")) {
            examDayRules = detail.examDayRules();
        }
    }

    /** Subjects that can still get a sitting, for the "add sitting" form: "level/subject name". */
    public List<SelectItem> getSittingSubjects() {
        return getLevels().stream().flatMap(level -> level.subjects().stream().filter(s -> !s.cancelled())
                        .map(s -> new SelectItem(s.id(), level.code() + "/" + s.code() + " " + s.name()
                                + (s.specialty() == null ? "" : " (" + s.specialty() + ")"))))
                .toList();
    }

    /** What the tickets print while no rules are written: the standard rules, in the ticket's language. */
    public String getStandardExamDayRules() {
        return UserMessages.format(UserMessages.DEFAULT_LOCALE, "ticket.rules.standard");
    }

    /** Cancels the whole session: refunds are queued for everyone who paid. */
    public void cancelSession() {
        int[] queued = new int[1];
        if (part(() -> queued[0] = cancellations.cancelSession(id, cancelReason), "catalogue.cancelled.session")) {
            cancelReason = null;
        }
    }

    /** Cancels one subject: its fee is queued for refund to each paid application that takes it. */
    public void cancelSubject(long subjectId) {
        if (part(() -> cancellations.cancelSubject(subjectId, cancelReason), "catalogue.cancelled.subject")) {
            cancelReason = null;
        }
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public void publish(boolean published) {
        part(() -> catalogue.publish(id, published), published ? "catalogue.published" : "catalogue.withdrawn");
    }

    private long requireLevel() {
        if (levelId == null) {
            throw BaokaoException.at("level", "field.required");
        }
        return levelId;
    }

    private static long toFen(BigDecimal yuan) {
        if (yuan == null) {
            return 0;
        }
        try {
            return yuan.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw BaokaoException.at("fee", "subject.fee.invalid");
        }
    }

    public List<RegionRow> getRegions() {
        return queries.regions();
    }

    public ConfirmationMode[] getConfirmationModes() {
        return ConfirmationMode.values();
    }

    public ProofKind[] getProofKinds() {
        return ProofKind.values();
    }

    public List<LevelView> getLevels() {
        return detail == null ? List.of() : detail.levels();
    }

    public List<com.baokao.catalogue.CatalogueViews.SpecialtyView> getSpecialties() {
        return getLevels().stream().flatMap(level -> level.specialties().stream()).toList();
    }

    public String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SessionDetail getDetail() {
        return detail;
    }

    public SessionFields getFields() {
        return fields;
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

    public String getPartCode() {
        return partCode;
    }

    public void setPartCode(String partCode) {
        this.partCode = partCode;
    }

    public String getPartName() {
        return partName;
    }

    public void setPartName(String partName) {
        this.partName = partName;
    }

    public LocalDateTime getSubjectStartsAt() {
        return subjectStartsAt;
    }

    public void setSubjectStartsAt(LocalDateTime subjectStartsAt) {
        this.subjectStartsAt = subjectStartsAt;
    }

    public int getSubjectDuration() {
        return subjectDuration;
    }

    public void setSubjectDuration(int subjectDuration) {
        this.subjectDuration = subjectDuration;
    }

    public boolean isSubjectComputerBased() {
        return subjectComputerBased;
    }

    public void setSubjectComputerBased(boolean subjectComputerBased) {
        this.subjectComputerBased = subjectComputerBased;
    }

    public BigDecimal getSubjectFeeYuan() {
        return subjectFeeYuan;
    }

    public void setSubjectFeeYuan(BigDecimal subjectFeeYuan) {
        this.subjectFeeYuan = subjectFeeYuan;
    }

    public String getConditionText() {
        return conditionText;
    }

    public void setConditionText(String conditionText) {
        this.conditionText = conditionText;
    }

    public Long getRuleRegionId() {
        return ruleRegionId;
    }

    public void setRuleRegionId(Long ruleRegionId) {
        this.ruleRegionId = ruleRegionId;
    }

    public int getRuleReviewLevels() {
        return ruleReviewLevels;
    }

    public void setRuleReviewLevels(int ruleReviewLevels) {
        this.ruleReviewLevels = ruleReviewLevels;
    }

    public boolean isRuleReviewAfterExam() {
        return ruleReviewAfterExam;
    }

    public void setRuleReviewAfterExam(boolean ruleReviewAfterExam) {
        this.ruleReviewAfterExam = ruleReviewAfterExam;
    }

    public ConfirmationMode getRuleConfirmationMode() {
        return ruleConfirmationMode;
    }

    public void setRuleConfirmationMode(ConfirmationMode ruleConfirmationMode) {
        this.ruleConfirmationMode = ruleConfirmationMode;
    }

    public boolean isRuleOnlinePayment() {
        return ruleOnlinePayment;
    }

    public void setRuleOnlinePayment(boolean ruleOnlinePayment) {
        this.ruleOnlinePayment = ruleOnlinePayment;
    }

    public ProofKind getProofKind() {
        return proofKind;
    }

    public void setProofKind(ProofKind proofKind) {
        this.proofKind = proofKind;
    }

    public int getProofMaxKb() {
        return proofMaxKb;
    }

    public void setProofMaxKb(int proofMaxKb) {
        this.proofMaxKb = proofMaxKb;
    }

    public boolean isProofRequired() {
        return proofRequired;
    }

    public void setProofRequired(boolean proofRequired) {
        this.proofRequired = proofRequired;
    }

    public String getNoticeTitle() {
        return noticeTitle;
    }

    public void setNoticeTitle(String noticeTitle) {
        this.noticeTitle = noticeTitle;
    }

    public Long getSittingSubjectId() {
        return sittingSubjectId;
    }

    public void setSittingSubjectId(Long sittingSubjectId) {
        this.sittingSubjectId = sittingSubjectId;
    }

    public LocalDateTime getSittingStartsAt() {
        return sittingStartsAt;
    }

    public void setSittingStartsAt(LocalDateTime sittingStartsAt) {
        this.sittingStartsAt = sittingStartsAt;
    }

    public String getExamDayRules() {
        return examDayRules;
    }

    public void setExamDayRules(String examDayRules) {
        this.examDayRules = examDayRules;
    }

    public String getNoticeHtml() {
        return noticeHtml;
    }

    public void setNoticeHtml(String noticeHtml) {
        this.noticeHtml = noticeHtml;
    }
}
