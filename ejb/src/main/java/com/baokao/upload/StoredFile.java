package com.baokao.upload;

import com.baokao.platform.CandidateRow;
import com.baokao.platform.InstantConverter;
import com.baokao.platform.Sha256;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A candidate's uploaded photo or proof, after {@link ImageInspector} accepted its bytes. Kept in the database
 * so every node of a cluster serves it and a backup holds it; never changed, only replaced by a new row.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile extends CandidateRow {

    @Column(name = "owner_account_id", nullable = false)
    private long ownerAccountId;

    @Column(name = "purpose", nullable = false)
    private String purpose;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "width")
    private Integer width;

    @Column(name = "height")
    private Integer height;

    @Convert(converter = InstantConverter.class)
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected StoredFile() {
    }

    public StoredFile(long ownerAccountId, String purpose, InspectedImage image, byte[] content, Instant uploadedAt) {
        this.ownerAccountId = ownerAccountId;
        this.purpose = purpose;
        this.contentType = "image/jpeg";
        this.sizeBytes = content.length;
        this.sha256 = Sha256.hex(content);
        this.width = image.width();
        this.height = image.height();
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
    }

    public long getOwnerAccountId() {
        return ownerAccountId;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
