package com.baokao.web.candidate;

import com.baokao.web.operations.BaokaoMetrics;
import jakarta.inject.Inject;
import com.baokao.application.ApplicationOptions;
import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationService;
import com.baokao.application.ApplicationUploads;
import com.baokao.application.ApplicationView;
import com.baokao.application.Choices;
import com.baokao.catalogue.ConditionField;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * candidate/application.xhtml?id=ID: the choices (review point, site, level, specialty, condition; subjects
 * follow), save as draft, submit, withdraw, change region, the exam's own photo, the registration form and, once
 * paid, the fee receipt.
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

    @Inject
    BaokaoMetrics metrics;

    private static final long serialVersionUID = 1L;
    static final String FORM = "applicationForm";

    @EJB
    ApplicationService applications;

    @EJB
    ApplicationQueries applicationQueries;

    @EJB
    ApplicationUploads applicationUploads;

    private Long id;
    private ApplicationView application;
    private ApplicationOptions options;
    private ApplicationQueries.StartInfo start;

    private Long reviewPointId;
    private Long siteId;
    private Long levelId;
    private Long specialtyId;
    private Long conditionId;
    private String certificateNumber;
    private LocalDate certificateDate;
    private LocalDate residencyTrainingDate;
    private Long newRegionId;

    /** The fee's checkout, with the payment provider's circuit breaker around it. */
    @jakarta.inject.Inject
    com.baokao.web.payment.PaymentCheckout checkout;

    @EJB
    com.baokao.payment.Receipts receipts;

    /** The fee was paid online: the electronic receipt can be downloaded. */
    private boolean receiptAvailable;

    @EJB
    com.baokao.seating.AdmissionTickets tickets;

    @EJB
    com.baokao.score.PostExamForms postExamForms;

    /** The post-exam qualification review form (考后资质审核表) can be printed now. */
    private boolean postExamFormDue;

    @jakarta.inject.Inject
    com.baokao.web.LocaleView locale;

    /** Whether the admission ticket can be printed now, for an application that may sit the exam; else null (ejb's rule). */
    private com.baokao.seating.AdmissionTickets.Availability ticket;

    private transient Part examPhotoPart;
    private transient Part proofPart;
    private com.baokao.catalogue.ProofKind proofKind;

    /** f:viewAction: another candidate's id looks like a missing one. */
    public String load() {
        try {
            reload();
            return null;
        } catch (EJBAccessException | IllegalArgumentException e) {
            FacesMessages.infoAfterRedirect("application.notFound");
            return "/candidate/home?faces-redirect=true";
        }
    }

    private void reload() {
        if (id == null) {
            throw new IllegalArgumentException("no id");
        }
        application = applicationQueries.view(id);
        receiptAvailable = application.status().paid() && receipts.available(id);
        ticket = tickets.availability(id).orElse(null);
        postExamFormDue = postExamForms.dueFor(id);
        Choices c = application.choices();
        reviewPointId = c.reviewPointId();
        siteId = c.siteId();
        levelId = c.levelId();
        specialtyId = c.specialtyId();
        conditionId = c.conditionId();
        certificateNumber = c.certificateNumber();
        certificateDate = c.certificateDate();
        residencyTrainingDate = c.residencyTrainingDate();
        options = applicationQueries.options(id, levelId);
        start = applicationQueries.startInfo(application.sessionId());
    }

    /** The level changed: specialties and conditions follow it. */
    public void levelChanged() {
        options = applicationQueries.options(id, levelId);
        specialtyId = null;
        conditionId = null;
    }

    private Choices choices() {
        return new Choices(reviewPointId, siteId, levelId, specialtyId, conditionId, certificateNumber, certificateDate,
                residencyTrainingDate);
    }

    /**
     * Runs a change; on success redirects to this application's own URL (a reload then shows the page, not a
     * re-post) with the message kept; on a refusal stays, with the message next to its field.
     */
    private String attempt(Runnable change, String doneKey) {
        try {
            change.run();
            FacesMessages.infoAfterRedirect(doneKey);
            return "/candidate/application?faces-redirect=true&id=" + id;
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
            if ("application.stale".equals(e.getMessageKey())) {
                reload();
            }
            return null;
        }
    }

    public String saveDraft() {
        return attempt(() -> applications.saveDraft(id, application.version(), choices()), "application.saved");
    }

    public String submit() {
        return attempt(() -> {
            applications.submit(id, application.version(), choices());
            metrics.submitted(BaokaoMetrics.Channel.PAGES);
        }, "application.submitted");
    }

    public String withdraw() {
        return attempt(() -> applications.withdraw(id, application.version()), "application.withdrawn");
    }

    public String changeRegion() {
        if (newRegionId == null) {
            FacesMessages.error(null, "application.region.invalid");
            return null;
        }
        return attempt(() -> applications.changeRegion(id, application.version(), newRegionId), "application.region.changed");
    }

    public String uploadExamPhoto() {
        byte[] bytes = Uploads.bytes(examPhotoPart);
        if (bytes == null) {
            FacesMessages.error(null, "upload.choose");
            return null;
        }
        return attempt(() -> applicationUploads.uploadExamPhoto(id, application.version(), bytes), "profile.photo.saved");
    }

    public String uploadProof() {
        byte[] bytes = Uploads.bytes(proofPart);
        if (bytes == null || proofKind == null) {
            FacesMessages.error(null, "upload.choose");
            return null;
        }
        return attempt(() -> applicationUploads.uploadConfirmationProof(id, application.version(), proofKind, bytes),
                "application.proof.saved");
    }

    /** To the provider's page for the fee (an order is placed, or the open one reused). */
    public void pay() throws java.io.IOException {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String siteBase = com.baokao.web.security.PublicAddress.base(request);
        try {
            external.redirect(checkout.checkout(id, siteBase));
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        } catch (com.baokao.payment.PaymentGateway.ProviderUnavailable e) {
            FacesMessages.error(null, "payment.provider.unavailable");
        }
    }

    public String resubmitForConfirmation() {
        return attempt(() -> applications.resubmitForConfirmation(id, application.version()), "application.resubmitted");
    }

    /**
     * The deadline the submit button works against, in epoch milliseconds for the countdown beside it: the
     * resubmission deadline of a returned application, else the close of registration; 0 for none.
     */
    public long getSubmitByMillis() {
        java.time.LocalDateTime by = application.resubmitBy() != null ? application.resubmitBy() : application.registrationCloses();
        return by == null ? 0 : by.atZone(com.baokao.platform.BusinessTime.ZONE).toInstant().toEpochMilli();
    }

    /** The payment deadline in epoch milliseconds, for the countdown beside the pay button; 0 for none. */
    public long getPayByMillis() {
        return application.paymentDeadline() == null ? 0
                : application.paymentDeadline().atZone(com.baokao.platform.BusinessTime.ZONE).toInstant().toEpochMilli();
    }

    /** Milliseconds since the epoch of the resubmission deadline, for the countdown script. */
    public long getResubmitByMillis() {
        return application.resubmitBy() == null ? 0
                : application.resubmitBy().atZone(com.baokao.platform.BusinessTime.ZONE).toInstant().toEpochMilli();
    }

    /** Every reason the photo does not fit this exam, in the reader's language; none when it fits. */
    public List<String> getPhotoProblems() {
        java.util.Locale locale = FacesMessages.readerLocale();
        return application.photoCheck().reasons().stream()
                .map(r -> UserMessages.format(locale, r.messageKey(), r.messageArgs().toArray())).toList();
    }

    public boolean needs(String field) {
        ConditionField f = ConditionField.valueOf(field);
        return application.requiredFields().contains(f) || options.conditions().stream().filter(c -> conditionId != null && c.id() == conditionId)
                .anyMatch(c -> c.requiredFields().contains(f));
    }

    public LocalDate getToday() {
        return LocalDate.now(com.baokao.platform.BusinessTime.ZONE);
    }

    public List<ApplicationOptions.Option> getRegions() {
        return start.regions();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public com.baokao.seating.AdmissionTickets.Availability getTicket() {
        return ticket;
    }

    /** Why the ticket cannot be printed now, as a sentence in the reader's language. */
    public String getTicketRefusal() {
        return ticket == null || ticket.available() ? null
                : com.baokao.i18n.UserMessages.format(locale.getLocale(), ticket.refusal());
    }

    public boolean isPostExamFormDue() {
        return postExamFormDue;
    }

    public boolean isReceiptAvailable() {
        return receiptAvailable;
    }

    public ApplicationView getApplication() {
        return application;
    }

    /** "（剩余名额 12）" after a site that has a number of places, live as of this page's rendering; "" otherwise. */
    public String placesNote(long siteId) {
        Integer left = options == null ? null : options.placesLeft().get(siteId);
        if (left == null) {
            return "";
        }
        return com.baokao.i18n.UserMessages.format(FacesMessages.readerLocale(),
                left == 0 ? "places.note.full" : "places.note.left", left);
    }

    public ApplicationOptions getOptions() {
        return options;
    }

    public Long getReviewPointId() {
        return reviewPointId;
    }

    public void setReviewPointId(Long reviewPointId) {
        this.reviewPointId = reviewPointId;
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

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getCertificateDate() {
        return certificateDate;
    }

    public void setCertificateDate(LocalDate certificateDate) {
        this.certificateDate = certificateDate;
    }

    public LocalDate getResidencyTrainingDate() {
        return residencyTrainingDate;
    }

    public void setResidencyTrainingDate(LocalDate residencyTrainingDate) {
        this.residencyTrainingDate = residencyTrainingDate;
    }

    public Long getNewRegionId() {
        return newRegionId;
    }

    public void setNewRegionId(Long newRegionId) {
        this.newRegionId = newRegionId;
    }

    public Part getExamPhotoPart() {
        return examPhotoPart;
    }

    public void setExamPhotoPart(Part examPhotoPart) {
        this.examPhotoPart = examPhotoPart;
    }

    public Part getProofPart() {
        return proofPart;
    }

    public void setProofPart(Part proofPart) {
        this.proofPart = proofPart;
    }

    public com.baokao.catalogue.ProofKind getProofKind() {
        return proofKind;
    }

    public void setProofKind(com.baokao.catalogue.ProofKind proofKind) {
        this.proofKind = proofKind;
    }
}
