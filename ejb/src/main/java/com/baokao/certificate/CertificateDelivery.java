package com.baokao.certificate;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A candidate's choice for one application's certificate, and what became of it (posted, or picked up). */
@Entity
@Table(name = "certificate_delivery")
public class CertificateDelivery {

    @Id
    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    private DeliveryMethod method;

    @Column(name = "recipient")
    private String recipient;

    @Column(name = "phone")
    private String phone;

    @Column(name = "province")
    private String province;

    @Column(name = "city")
    private String city;

    @Column(name = "district")
    private String district;

    @Column(name = "detail")
    private String detail;

    @Column(name = "postcode")
    private String postcode;

    @Convert(converter = InstantConverter.class)
    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Convert(converter = InstantConverter.class)
    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "shipped_by")
    private String shippedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "picked_up_at")
    private Instant pickedUpAt;

    @Column(name = "picked_up_by")
    private String pickedUpBy;

    @Column(name = "pickup_note")
    private String pickupNote;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CertificateDelivery() {
    }

    CertificateDelivery(long applicationId, long sessionId, long accountId) {
        this.applicationId = applicationId;
        this.sessionId = sessionId;
        this.accountId = accountId;
    }

    void choose(DeliveryMethod method, PostalAddress address, Instant now) {
        this.method = method;
        PostalAddress a = method == DeliveryMethod.POST ? address : null;
        this.recipient = a == null ? null : a.recipient();
        this.phone = a == null ? null : a.phone();
        this.province = a == null ? null : a.province();
        this.city = a == null ? null : a.city();
        this.district = a == null ? null : a.district();
        this.detail = a == null ? null : a.detail();
        this.postcode = a == null ? null : a.postcode();
        this.chosenAt = now;
    }

    void shipped(String trackingNumber, Instant at, String by) {
        this.trackingNumber = trackingNumber;
        this.shippedAt = at;
        this.shippedBy = by;
    }

    void pickedUp(Instant at, String by, String note) {
        this.pickedUpAt = at;
        this.pickedUpBy = by;
        this.pickupNote = note;
    }

    /** The address, or null for pick-up. */
    public PostalAddress address() {
        return method != DeliveryMethod.POST ? null
                : new PostalAddress(recipient, phone, province, city, district, detail, postcode);
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getAccountId() {
        return accountId;
    }

    public DeliveryMethod getMethod() {
        return method;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public String getShippedBy() {
        return shippedBy;
    }

    public Instant getPickedUpAt() {
        return pickedUpAt;
    }

    public String getPickedUpBy() {
        return pickedUpBy;
    }

    public String getPickupNote() {
        return pickupNote;
    }

    public long getVersion() {
        return version;
    }
}
