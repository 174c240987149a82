package com.baokao.certificate;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A session's certificate settings: the number format, the serial counter, pick-up hours, the choice closed. */
@Entity
@Table(name = "certificate_settings")
public class CertificateSettings {

    @Id
    @Column(name = "session_id")
    private long sessionId;

    @Column(name = "number_pattern", nullable = false)
    private String numberPattern;

    @Column(name = "next_serial", nullable = false)
    private long nextSerial;

    @Column(name = "pickup_hours")
    private String pickupHours;

    @Convert(converter = InstantConverter.class)
    @Column(name = "choice_closed_at")
    private Instant choiceClosedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CertificateSettings() {
    }

    CertificateSettings(long sessionId) {
        this.sessionId = sessionId;
        this.numberPattern = CertificateNumberFormat.DEFAULT;
        this.nextSerial = 1;
    }

    /** The next serial, moved on: call only under the row's lock. */
    long takeSerial() {
        return nextSerial++;
    }

    void change(String numberPattern, String pickupHours) {
        this.numberPattern = numberPattern;
        this.pickupHours = pickupHours;
    }

    void closeChoice(Instant at) {
        this.choiceClosedAt = at;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getNumberPattern() {
        return numberPattern;
    }

    public long getNextSerial() {
        return nextSerial;
    }

    public String getPickupHours() {
        return pickupHours;
    }

    public Instant getChoiceClosedAt() {
        return choiceClosedAt;
    }

    public boolean choiceOpen() {
        return choiceClosedAt == null;
    }

    public long getVersion() {
        return version;
    }
}
