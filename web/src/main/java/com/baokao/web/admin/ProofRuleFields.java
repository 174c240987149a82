package com.baokao.web.admin;

import com.baokao.catalogue.ProofKind;

import java.io.Serializable;

/**
 * The proofs card of admin/session.xhtml: one kind of proof, its size limit and whether it is required. Choosing a kind
 * loads its rule in force with its version (a save names it: changed meanwhile otherwise).
 */
public class ProofRuleFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private ProofKind kind = ProofKind.ID_CARD_FRONT;
    private int maxKb = 200;
    private boolean required = true;
    /** The version of the rule loaded, null for a kind the session has no rule for yet. */
    private Long version;

    /** Shows the kind's rule in force, or the defaults for a new one. */
    public void load(com.baokao.catalogue.CatalogueViews.ProofRuleView inForce) {
        maxKb = inForce == null ? 200 : inForce.maxKb();
        required = inForce == null || inForce.required();
        version = inForce == null ? null : inForce.version();
    }

    public Long getVersion() {
        return version;
    }

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
