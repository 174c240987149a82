package com.baokao.application;

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

/** A proof uploaded for one application's online confirmation; it replaces the profile's proof of that kind. */
@Entity
@Table(name = "application_proof")
public class ApplicationProof extends CandidateRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ProofKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id")
    private StoredFile file;

    protected ApplicationProof() {
    }

    ApplicationProof(Application application, ProofKind kind, StoredFile file) {
        this.application = application;
        this.kind = kind;
        this.file = file;
    }

    void replace(StoredFile newFile) {
        this.file = newFile;
    }

    public Application getApplication() {
        return application;
    }

    public ProofKind getKind() {
        return kind;
    }

    public StoredFile getFile() {
        return file;
    }
}
