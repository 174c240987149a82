package com.baokao.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An exam site (考点) with its address; it may double as a registration point (seed 000). */
@Entity
@Table(name = "exam_site")
public class ExamSite extends CatalogueEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "address")
    private String address;

    @Column(name = "registration_point")
    private boolean registrationPoint;

    protected ExamSite() {
    }

    public Region getRegion() {
        return region;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public boolean isRegistrationPoint() {
        return registrationPoint;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public void setRegistrationPoint(boolean registrationPoint) {
        this.registrationPoint = registrationPoint;
    }
}
