package com.baokao.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A registration/review point (审核点) in a region, where on-site confirmation happens. */
@Entity
@Table(name = "review_point")
public class ReviewPoint {

    @Id
    @SequenceGenerator(name = "catalogue_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "address")
    private String address;

    protected ReviewPoint() {
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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
}
