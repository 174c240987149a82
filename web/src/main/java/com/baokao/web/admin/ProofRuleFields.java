package com.baokao.web.admin;

import com.baokao.catalogue.ProofKind;

import java.io.Serializable;

/** The proofs card of admin/session.xhtml: one kind of proof, its size limit and whether it is required. */
public class ProofRuleFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private ProofKind kind = ProofKind.ID_CARD_FRONT;
    private int maxKb = 200;
    private boolean required = true;

    public ProofKind getKind() {
        return kind;
    }

    public void setKind(ProofKind kind) {
        this.kind = kind;
    }

    public int getMaxKb() {
        return maxKb;
    }

    public void setMaxKb(int maxKb) {
        this.maxKb = maxKb;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
