package com.baokao.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A registration/review point (审核点) in a region, where on-site confirmation happens. */
@Entity
@Table(name = "review_point")
public class ReviewPoint extends CatalogueEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "address")
    private String address;

    /** Whether the point has a desk for walk-in registration (现场报名). */
    @Column(name = "takes_walk_ins", nullable = false)
    private boolean takesWalkIns;

    protected ReviewPoint() {
    }

    public Region getRegion() {
        return region;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isTakesWalkIns() {
        return takesWalkIns;
    }

    public void setTakesWalkIns(boolean takesWalkIns) {
        this.takesWalkIns = takesWalkIns;
    }
}
