package com.baokao.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A proof the session asks for and its size limit. Whether medical majors with a college degree are exempt from the
 * work proof is the session's one setting ({@link ExamSession#isWorkProofWaivedForMedical()}).
 */
@Entity
@Table(name = "proof_rule")
public class ProofRule extends CatalogueEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private ExamSession session;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ProofKind kind;

    @Column(name = "max_kb")
    private int maxKb;

    @Column(name = "required")
    private boolean required;

    protected ProofRule() {
    }

    ProofRule(ExamSession session) {
        this.session = session;
    }

    public ExamSession getSession() {
        return session;
    }

    public ProofKind getKind() {
        return kind;
    }

    public int getMaxKb() {
        return maxKb;
    }

    public boolean isRequired() {
        return required;
    }

    public void setKind(ProofKind kind) {
        this.kind = kind;
    }

    public void setMaxKb(int maxKb) {
        this.maxKb = maxKb;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
