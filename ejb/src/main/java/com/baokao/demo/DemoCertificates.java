package com.baokao.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The demo exam that is over (HR2026C) with its certificate settings: the default number format and the pick-up
 * opening hours shown with the site's address, so a new user sees the whole certificate path (seed 002).
 */
@Stateless
@RolesAllowed("ADMIN")
public class DemoCertificates {

    static final String PICKUP_HOURS = "工作日 9:00–12:00、14:00–17:30，节假日除外";

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    public void seed(String sessionCode) {
        em.createNativeQuery("insert into certificate_settings (session_id, number_pattern, next_serial, pickup_hours,"
                        + " version) select id, '{SESSION}-{YYYY}-{N:6}', 1, ?, 1 from exam_session where code = ?")
                .setParameter(1, PICKUP_HOURS).setParameter(2, sessionCode).executeUpdate();
    }
}
