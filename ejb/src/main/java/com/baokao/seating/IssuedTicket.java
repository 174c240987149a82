package com.baokao.seating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An admission ticket as the steps after the exam read it (which application a ticket number belongs to). The
 * seating job writes {@code admission_ticket} in bulk with SQL; this mapping only reads it (it has no constructor
 * but JPA's, and no column but the key may be written through it).
 */
@Entity
@Table(name = "admission_ticket")
public class IssuedTicket {

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "session_id", insertable = false, updatable = false)
    private Long sessionId;

    @Column(name = "ticket_number", insertable = false, updatable = false)
    private String ticketNumber;

    protected IssuedTicket() {
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }
}
