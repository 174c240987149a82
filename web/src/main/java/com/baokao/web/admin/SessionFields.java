package com.baokao.web.admin;

import com.baokao.catalogue.SessionForm;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The editable fields of an exam session on the page; converted to the service's {@link SessionForm}. */
public class SessionFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String occupation;
    private LocalDateTime registrationOpens;
    private LocalDateTime registrationCloses;
    private LocalDateTime resubmissionDeadline;
    private LocalDateTime confirmationDeadline;
    private LocalDateTime paymentDeadline;
    private LocalDateTime ticketPrintingOpens;
    private LocalDateTime ticketPrintingCloses;
    private LocalDateTime scoresReleased;
    private boolean approvedProfileRequired;
    private Integer scoreValidityYears;
    private int photoWidth;
    private int photoHeight;
    private boolean photoExactSize;
    private int photoMinKb;
    private int photoMaxKb;
    private String photoBackgrounds;
    private boolean practiceNeedsFirstRegistration;
    private boolean residencyTrainingDateRequired;
    private boolean workProofWaivedForMedical;

    /** A new session's fields: what the catalogue starts a session with (its standard photo rule). */
    SessionFields() {
        fill(SessionForm.blank());
    }

    SessionForm toForm() {
        return new SessionForm(code, name, occupation, registrationOpens, registrationCloses, resubmissionDeadline,
                confirmationDeadline, paymentDeadline, ticketPrintingOpens, ticketPrintingCloses, scoresReleased,
                approvedProfileRequired, scoreValidityYears, photoWidth, photoHeight, photoExactSize, photoMinKb, photoMaxKb,
                photoBackgrounds, practiceNeedsFirstRegistration, residencyTrainingDateRequired, workProofWaivedForMedical);
    }

    void fill(SessionForm f) {
        code = f.code();
        name = f.name();
        occupation = f.occupation();
        registrationOpens = f.registrationOpens();
        registrationCloses = f.registrationCloses();
        resubmissionDeadline = f.resubmissionDeadline();
        confirmationDeadline = f.confirmationDeadline();
        paymentDeadline = f.paymentDeadline();
        ticketPrintingOpens = f.ticketPrintingOpens();
        ticketPrintingCloses = f.ticketPrintingCloses();
        scoresReleased = f.scoresReleased();
        approvedProfileRequired = f.approvedProfileRequired();
        scoreValidityYears = f.scoreValidityYears();
        photoWidth = f.photoWidth();
        photoHeight = f.photoHeight();
        photoExactSize = f.photoExactSize();
        photoMinKb = f.photoMinKb();
        photoMaxKb = f.photoMaxKb();
        photoBackgrounds = f.photoBackgrounds();
        practiceNeedsFirstRegistration = f.practiceNeedsFirstRegistration();
        residencyTrainingDateRequired = f.residencyTrainingDateRequired();
        workProofWaivedForMedical = f.workProofWaivedForMedical();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public LocalDateTime getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(LocalDateTime registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public LocalDateTime getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(LocalDateTime registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public LocalDateTime getResubmissionDeadline() {
        return resubmissionDeadline;
    }

    public void setResubmissionDeadline(LocalDateTime resubmissionDeadline) {
        this.resubmissionDeadline = resubmissionDeadline;
    }

    public LocalDateTime getConfirmationDeadline() {
        return confirmationDeadline;
    }

    public void setConfirmationDeadline(LocalDateTime confirmationDeadline) {
        this.confirmationDeadline = confirmationDeadline;
    }

    public LocalDateTime getPaymentDeadline() {
        return paymentDeadline;
    }

    public void setPaymentDeadline(LocalDateTime paymentDeadline) {
        this.paymentDeadline = paymentDeadline;
    }

    public LocalDateTime getTicketPrintingOpens() {
        return ticketPrintingOpens;
    }

    public void setTicketPrintingOpens(LocalDateTime ticketPrintingOpens) {
        this.ticketPrintingOpens = ticketPrintingOpens;
    }

    public LocalDateTime getTicketPrintingCloses() {
        return ticketPrintingCloses;
    }

    public void setTicketPrintingCloses(LocalDateTime ticketPrintingCloses) {
        this.ticketPrintingCloses = ticketPrintingCloses;
    }

    public LocalDateTime getScoresReleased() {
        return scoresReleased;
    }

    public void setScoresReleased(LocalDateTime scoresReleased) {
        this.scoresReleased = scoresReleased;
    }

    public boolean isApprovedProfileRequired() {
        return approvedProfileRequired;
    }

    public void setApprovedProfileRequired(boolean approvedProfileRequired) {
        this.approvedProfileRequired = approvedProfileRequired;
    }

    public Integer getScoreValidityYears() {
        return scoreValidityYears;
    }

    public void setScoreValidityYears(Integer scoreValidityYears) {
        this.scoreValidityYears = scoreValidityYears;
    }

    public int getPhotoWidth() {
        return photoWidth;
    }

    public void setPhotoWidth(int photoWidth) {
        this.photoWidth = photoWidth;
    }

    public int getPhotoHeight() {
        return photoHeight;
    }

    public void setPhotoHeight(int photoHeight) {
        this.photoHeight = photoHeight;
    }

    public boolean isPhotoExactSize() {
        return photoExactSize;
    }

    public void setPhotoExactSize(boolean photoExactSize) {
        this.photoExactSize = photoExactSize;
    }

    public int getPhotoMinKb() {
        return photoMinKb;
    }

    public void setPhotoMinKb(int photoMinKb) {
        this.photoMinKb = photoMinKb;
    }

    public int getPhotoMaxKb() {
        return photoMaxKb;
    }

    public void setPhotoMaxKb(int photoMaxKb) {
        this.photoMaxKb = photoMaxKb;
    }

    public String getPhotoBackgrounds() {
        return photoBackgrounds;
    }

    /** The allowed colours as the page's checkboxes hold them (WHITE, BLUE, RED); none ticked means any. */
    public java.util.List<String> getPhotoBackgroundList() {
        return photoBackgrounds == null || photoBackgrounds.isBlank() ? java.util.List.of()
                : java.util.List.of(photoBackgrounds.split(","));
    }

    public void setPhotoBackgroundList(java.util.List<String> colours) {
        photoBackgrounds = colours == null ? null : String.join(",", colours);
    }

    public void setPhotoBackgrounds(String photoBackgrounds) {
        this.photoBackgrounds = photoBackgrounds;
    }

    public boolean isPracticeNeedsFirstRegistration() {
        return practiceNeedsFirstRegistration;
    }

    public void setPracticeNeedsFirstRegistration(boolean practiceNeedsFirstRegistration) {
        this.practiceNeedsFirstRegistration = practiceNeedsFirstRegistration;
    }

    public boolean isResidencyTrainingDateRequired() {
        return residencyTrainingDateRequired;
    }

    public void setResidencyTrainingDateRequired(boolean residencyTrainingDateRequired) {
        this.residencyTrainingDateRequired = residencyTrainingDateRequired;
    }

    public boolean isWorkProofWaivedForMedical() {
        return workProofWaivedForMedical;
    }

    public void setWorkProofWaivedForMedical(boolean workProofWaivedForMedical) {
        this.workProofWaivedForMedical = workProofWaivedForMedical;
    }
}
