package com.baokao.web.admin;

import com.baokao.catalogue.SubjectForm;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The subject fields of admin/session.xhtml's levels card; the level, code and name are the {@link PartFields}.
 * The fee stays text until the service reads it ({@link com.baokao.platform.Money#parse}), so the page holds no
 * rule about amounts.
 */
public class SubjectFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long specialtyId;
    private LocalDateTime startsAt;
    private int durationMinutes = 120;
    private boolean computerBased = true;
    private String fee = "0";

    SubjectForm toForm(PartFields part) {
        return new SubjectForm(part.getLevelId(), specialtyId, part.getCode(), part.getName(), startsAt, durationMinutes,
                computerBased, fee);
    }

    public Long getSpecialtyId() {
        return specialtyId;
    }

    public void setSpecialtyId(Long specialtyId) {
        this.specialtyId = specialtyId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public boolean isComputerBased() {
        return computerBased;
    }

    public void setComputerBased(boolean computerBased) {
        this.computerBased = computerBased;
    }

    public String getFee() {
        return fee;
    }

    public void setFee(String fee) {
        this.fee = fee;
    }
}
