package com.baokao.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of the eligibility conditions a candidate chooses from, per level. */
@Entity
@Table(name = "eligibility_condition")
public class EligibilityCondition extends CatalogueEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "level_id")
    private ExamLevel level;

    @Column(name = "position")
    private int position;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "required_fields", nullable = false)
    private String requiredFields = "";

    protected EligibilityCondition() {
    }

    EligibilityCondition(ExamLevel level) {
        this.level = level;
    }

    public ExamLevel getLevel() {
        return level;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    /** What a candidate choosing this condition must also give. */
    public java.util.Set<ConditionField> getRequiredFields() {
        return ConditionField.parse(requiredFields);
    }

    public void setRequiredFields(java.util.Set<ConditionField> fields) {
        this.requiredFields = ConditionField.format(fields);
    }

    public void setText(String text) {
        this.text = text;
    }
}
