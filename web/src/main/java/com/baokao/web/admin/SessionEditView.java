package com.baokao.web.admin;

import com.baokao.catalogue.CatalogueQueries;
import com.baokao.catalogue.CatalogueViews.LevelView;
import com.baokao.catalogue.CatalogueViews.RegionRow;
import com.baokao.catalogue.CatalogueViews.SessionDetail;
import com.baokao.catalogue.CatalogueViews.SpecialtyView;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.NoticeService;
import com.baokao.catalogue.ProofKind;
import com.baokao.catalogue.SessionForm;
import com.baokao.catalogue.SessionTreeService;
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
import java.time.Clock;
import java.util.List;

/**
 * admin/session.xhtml?id=N: one exam session: its calendar and rules, levels, specialties, subjects and their
 * sittings, eligibility conditions, region rules, proof rules, exam-day rules and notices. Without an id it
 * creates a new session. Each card of the page has its own form object; the rules are the catalogue service's,
 * this bean only passes what was typed and shows the answer.
 */
@Named
@ViewScoped
public class SessionEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "sessionForm";
    static final String PARTS = "partsForm";


    @EJB
    SessionTreeService sessionTree;

    @EJB
    NoticeService noticeService;

    @EJB
    CatalogueQueries queries;

    @EJB
    com.baokao.payment.Cancellations cancellations;

    @Inject
    Clock clock;

    private Long id;
    private SessionDetail detail;
    private final SessionFields fields = new SessionFields();
    private final PartFields part = new PartFields();
    private final SubjectFields subject = new SubjectFields();
    private final SittingFields sitting = new SittingFields();
    private final RegionRuleFields rule = new RegionRuleFields();
    private final ProofRuleFields proof = new ProofRuleFields();
    private final NoticeFields notice = new NoticeFields();
    private String examDayRules;
    private String cancelReason;

    /** f:viewAction: loads the session named by the id parameter. */
    public void load() {
        if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
            refresh();
            fields.fill(detail.form());
            examDayRules = detail.examDayRules();
            loadProofRule(); // the card shows the rule in force of its first kind, not a blank one

        }
    }

    private void refresh() {
        detail = queries.session(id);
    }

    public void save() throws IOException {
        SessionForm form = fields.toForm();
        try {
            if (id == null) {
                long created = sessionTree.createSession(form);
                FacesMessages.infoAfterRedirect("catalogue.saved");
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/admin/session.xhtml?id=" + created);
                return;
            }
            sessionTree.updateSession(id, detail.version(), form);
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
            part.clear();
            FacesMessages.info(doneKey);
            return true;
        } catch (BaokaoException e) {
            FacesMessages.refusal(PARTS, e, PartFields.COMPONENT_IDS);
            return false;
        }
    }

    public void addLevel() {
        part(() -> sessionTree.addLevel(id, part.getCode(), part.getName()), "catalogue.saved");
    }

    public void addSpecialty() {
        part(() -> sessionTree.addSpecialty(part.getLevelId(), part.getCode(), part.getName()), "catalogue.saved");
    }

    public void addSubject() {
        part(() -> sessionTree.addSubject(subject.toForm(part)), "catalogue.saved");
    }

    public void addCondition() {
        part(() -> sessionTree.addEligibilityCondition(part.getLevelId(), part.getCondition()), "catalogue.saved");
    }

    public void deleteSubject(long subjectId) {
        part(() -> sessionTree.deleteSubject(subjectId), "catalogue.deleted");
    }

    public void deleteLevel(long level) {
        part(() -> sessionTree.deleteLevel(level), "catalogue.deleted");
    }

    /** The region chosen in the rule card: its rule in force fills the form (a new region's, the defaults). */
    public void loadRegionRule() {
        rule.load(detail == null || rule.getRegionId() == null ? null : detail.regionRules().stream()
                .filter(r -> r.regionId() == rule.getRegionId()).findFirst().orElse(null));
    }

    /** Saves the rule the form shows; if someone changed it since it was loaded, shows theirs instead. */
    public void setRegionRule() {
        RegionRuleFields r = rule;
        try {
            sessionTree.setRegionRule(id, r.getRegionId(), r.getReviewLevels(), r.isReviewAfterExam(),
                    r.getConfirmationMode(), r.isOnlinePayment(), r.getVersion());
            refresh();
            loadRegionRule();
            FacesMessages.info("catalogue.saved");
        } catch (com.baokao.i18n.StaleVersionException e) {
            refresh();
            loadRegionRule();
            FacesMessages.error(null, "catalogue.changed.meanwhile");
        } catch (BaokaoException e) {
            FacesMessages.refusal(PARTS, e, PartFields.COMPONENT_IDS);
        }
    }

    /** The kind chosen in the proofs card: its rule in force fills the form (a new kind's, the defaults). */
    public void loadProofRule() {
        proof.load(detail == null || proof.getKind() == null ? null : detail.proofRules().stream()
                .filter(r -> r.kind() == proof.getKind()).findFirst().orElse(null));
    }

    /** Saves the proof rule the form shows; if someone changed it since it was loaded, shows theirs instead. */
    public void setProofRule() {
        ProofRuleFields p = proof;
        try {
            sessionTree.setProofRule(id, p.getKind(), p.getMaxKb(), p.isRequired(), p.getVersion());
            refresh();
            loadProofRule();
            FacesMessages.info("catalogue.saved");
        } catch (com.baokao.i18n.StaleVersionException e) {
            refresh();
            loadProofRule();
            FacesMessages.error(null, "catalogue.changed.meanwhile");
        } catch (BaokaoException e) {
            FacesMessages.refusal(PARTS, e, PartFields.COMPONENT_IDS);
        }
    }

    public void publishNotice() {
        if (part(() -> noticeService.publishNotice(id, notice.getTitle(), notice.getHtml(), clock.instant()), "catalogue.saved")) {
            notice.clear();
        }
    }

    /** One uploaded attachment of the notice named by the component's "noticeId" attribute. */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        org.primefaces.model.file.UploadedFile file = event.getFile();
        long noticeId = ((Number) event.getComponent().getAttributes().get("noticeId")).longValue();
        try {
            part(() -> noticeService.attach(noticeId, file.getFileName(), file.getContent()), "attachment.added");
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
        if (part(() -> sessionTree.addSitting(sitting.getSubjectId(), sitting.getStartsAt()), "catalogue.saved")) {
            sitting.setStartsAt(null);
        }
    }

    public void removeSitting(long sittingId) {
        part(() -> sessionTree.removeSitting(sittingId), "catalogue.deleted");
    }

    /** Saves the exam-day rules and shows them as they will be printed (trimmed, blank lines dropped). */
    public void saveExamDayRules() {
        if (part(() -> sessionTree.setExamDayRules(id, examDayRules), "catalogue.saved")) {
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
        if (part(() -> cancellations.cancelSession(id, cancelReason), "catalogue.cancelled.session")) {
            cancelReason = null;
        }
    }

    /** Cancels one subject: its fee is queued for refund to each paid application that takes it. */
    public void cancelSubject(long subjectId) {
        if (part(() -> cancellations.cancelSubject(subjectId, cancelReason), "catalogue.cancelled.subject")) {
            cancelReason = null;
        }
    }

    public void publish(boolean published) {
        part(() -> sessionTree.publish(id, published), published ? "catalogue.published" : "catalogue.withdrawn");
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

    public List<SpecialtyView> getSpecialties() {
        return getLevels().stream().flatMap(level -> level.specialties().stream()).toList();
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

    public PartFields getPart() {
        return part;
    }

    public SubjectFields getSubject() {
        return subject;
    }

    public SittingFields getSitting() {
        return sitting;
    }

    public RegionRuleFields getRule() {
        return rule;
    }

    public ProofRuleFields getProof() {
        return proof;
    }

    public NoticeFields getNotice() {
        return notice;
    }

    public String getExamDayRules() {
        return examDayRules;
    }

    public void setExamDayRules(String examDayRules) {
        this.examDayRules = examDayRules;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
