package com.baokao.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An exam room of a site with its seat capacity; computer rooms seat computer-based subjects. */
@Entity
@Table(name = "room")
public class Room extends CatalogueEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private ExamSite site;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "capacity")
    private int capacity;

    @Column(name = "computer_room")
    private boolean computerRoom;

    protected Room() {
    }

    Room(ExamSite site) {
        this.site = site;
    }

    public ExamSite getSite() {
        return site;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isComputerRoom() {
        return computerRoom;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public void setComputerRoom(boolean computerRoom) {
        this.computerRoom = computerRoom;
    }
}
