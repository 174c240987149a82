package com.baokao.web.admin;

import com.baokao.certificate.CertificateDesk;
import com.baokao.certificate.CertificateIssuing;
import com.baokao.certificate.CertificateSessions;
import com.baokao.certificate.PostalDeliveries;
import com.baokao.i18n.BaokaoException;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * admin/certificates.xhtml: per session, the certificate settings (number format, pick-up hours, closing the choice),
 * issuing the numbers, the postal list (download as the courier's XLSX), tracking numbers back (a file or one by one)
 * and pick-up at the desk.
 */
@Named
@ViewScoped
public class CertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CertificatesView.class.getName());
    static final String FORM = "certificatesForm";

    @EJB
    CertificateSessions sessions;

    @EJB
    CertificateIssuing issuing;

    @EJB
    PostalDeliveries deliveries;

    @EJB
    CertificateDesk desk;

    private List<CertificateSessions.SessionItem> sessionItems;
    private Long sessionId;
    private CertificateSessions.Settings settings;
    private String numberPattern;
    private String pickupHours;
    private List<PostalDeliveries.PostalRow> postalRows = List.of();
    private PostalDeliveries.TrackingImport lastImport;
    private String trackingKey;
    private String trackingNumber;
    private String deskKey;
    private boolean idChecked;
    private String pickupNote;
    private CertificateDesk.DeskItem deskItem;

    @PostConstruct
    void init() {
        sessionItems = sessions.sessions();
    }

    /** The view parameter {@code session}: opens that session. */
    public void open() {
        if (sessionId != null) {
            try {
                reload();
            } catch (BaokaoException e) {
                sessionId = null;
                FacesMessages.refusal(FORM, e);
            }
        }
    }

    private void reload() {
        settings = sessions.settings(sessionId);
        numberPattern = settings.numberPattern();
        pickupHours = settings.pickupHours();
        postalRows = deliveries.postalList(sessionId);
    }

    public void saveSettings() {
        act(() -> sessions.change(sessionId, settings.version(), numberPattern, pickupHours), "certificate.settings.saved");
    }

    public void closeChoice() {
        act(() -> sessions.closeChoice(sessionId, true), "certificate.choice.closedNow");
    }

    public void reopenChoice() {
        act(() -> sessions.closeChoice(sessionId, false), "certificate.choice.reopenedNow");
    }

    public void issue() {
        try {
            CertificateIssuing.Issued issued = issuing.issue(sessionId);
            reload();
            FacesMessages.info("certificate.issued", issued.issuedNow(), issued.alreadyIssued(), issued.notEligible());
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            lastImport = deliveries.importTracking(sessionId, file.getFileName(), file.getContent());
            reload();
            FacesMessages.info("certificate.tracking.imported", lastImport.recorded(), lastImport.unchanged(),
                    lastImport.skips().size());
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        } finally {
            try {
                file.delete();
            } catch (IOException e) {
                LOG.fine("temporary upload already gone");
            }
        }
    }

    public void recordTracking() {
        try {
            deliveries.recordTracking(sessionId, trackingKey, trackingNumber);
            trackingKey = null;
            trackingNumber = null;
            reload();
            FacesMessages.info("certificate.tracking.recorded");
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e, java.util.Map.of("key", "trackingKey"));
        }
    }

    public void findAtDesk() {
        try {
            deskItem = desk.find(sessionId, deskKey);
            idChecked = false;
        } catch (BaokaoException e) {
            deskItem = null;
            FacesMessages.refusal(FORM, e, java.util.Map.of("key", "deskKey"));
        }
    }

    public void recordPickup() {
        try {
            deskItem = desk.recordPickup(sessionId, deskItem.certificateNumber(), idChecked, pickupNote);
            pickupNote = null;
            reload();
            FacesMessages.info("certificate.pickup.recorded");
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e, java.util.Map.of("note", "pickupNote"));
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            reload();
            FacesMessages.info(doneKey);
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public String getPostalListUrl() {
        return "/admin/postal-list/" + sessionId;
    }

    public List<CertificateSessions.SessionItem> getSessionItems() {
        return sessionItems;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public CertificateSessions.Settings getSettings() {
        return settings;
    }

    public String getNumberPattern() {
        return numberPattern;
    }

    public void setNumberPattern(String numberPattern) {
        this.numberPattern = numberPattern;
    }

    public String getPickupHours() {
        return pickupHours;
    }

    public void setPickupHours(String pickupHours) {
        this.pickupHours = pickupHours;
    }

    public List<PostalDeliveries.PostalRow> getPostalRows() {
        return postalRows;
    }

    public PostalDeliveries.TrackingImport getLastImport() {
        return lastImport;
    }

    public String getTrackingKey() {
        return trackingKey;
    }

    public void setTrackingKey(String trackingKey) {
        this.trackingKey = trackingKey;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getDeskKey() {
        return deskKey;
    }

    public void setDeskKey(String deskKey) {
        this.deskKey = deskKey;
    }

    public boolean isIdChecked() {
        return idChecked;
    }

    public void setIdChecked(boolean idChecked) {
        this.idChecked = idChecked;
    }

    public String getPickupNote() {
        return pickupNote;
    }

    public void setPickupNote(String pickupNote) {
        this.pickupNote = pickupNote;
    }

    public CertificateDesk.DeskItem getDeskItem() {
        return deskItem;
    }
}
