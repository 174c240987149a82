package com.baokao.score;

import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * How often the public score query is tried per client address and per ID number in the current hour. Counted in
 * its own transaction, so a refused or fruitless query counts too (guessing ticket numbers is what it stops).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScoreQueryLimit {

    /** Queries per hour from one client address (a school's or an internet café's shared address included). */
    public static final int PER_CLIENT = 60;
    /** Queries per hour for one ID number, from anywhere. */
    public static final int PER_ID = 10;

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    /** Counts one attempt for {@code key} in the hour of {@code now}; returns the attempts of that hour so far. */
    public int count(String key, Instant now) {
        Object hour = now.truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
        String sql = Database.isPostgres(dataSource)
                ? "insert into score_query_attempt (subject_key, hour_start, attempts) values (?, ?, 1)"
                + " on conflict (subject_key, hour_start) do update set attempts = score_query_attempt.attempts + 1"
                : "merge into score_query_attempt t using (values (cast(? as varchar(80)),"
                + " cast(? as timestamp with time zone))) s(k, h) on (t.subject_key = s.k and t.hour_start = s.h)"
                + " when matched then update set attempts = t.attempts + 1"
                + " when not matched then insert (subject_key, hour_start, attempts) values (s.k, s.h, 1)";
        em.createNativeQuery(sql).setParameter(1, key).setParameter(2, hour).executeUpdate();
        return ((Number) em.createNativeQuery("select attempts from score_query_attempt where subject_key = ?"
                + " and hour_start = ?").setParameter(1, key).setParameter(2, hour).getSingleResult()).intValue();
    }

    /** Forgets the hours before {@code before} (housekeeping). */
    public int purgeBefore(Instant before) {
        return em.createNativeQuery("delete from score_query_attempt where hour_start < ?")
                .setParameter(1, before.atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
