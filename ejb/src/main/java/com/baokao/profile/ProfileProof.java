package com.baokao.profile;

import com.baokao.catalogue.ProofKind;
import com.baokao.platform.CandidateRow;
import com.baokao.upload.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One proof of a profile (ID card front, diploma, work certificate...); a new upload replaces the file. */
@Entity
@Table(name = "profile_proof")
public class ProfileProof extends CandidateRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private CandidateProfile profile;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ProofKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id")
    private StoredFile file;

    protected ProfileProof() {
    }

    ProfileProof(CandidateProfile profile, ProofKind kind, StoredFile file) {
        this.profile = profile;
        this.kind = kind;
        this.file = file;
    }

    void replace(StoredFile newFile) {
        this.file = newFile;
    }

    public CandidateProfile getProfile() {
        return profile;
    }

    public ProofKind getKind() {
        return kind;
    }

    public StoredFile getFile() {
        return file;
    }
}
