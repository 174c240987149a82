package com.baokao.account.captcha;

import com.baokao.platform.Database;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * CAPTCHA pictures handed out by id, for a front end that keeps no session (the phone client's API). The database
 * keeps each picture's text, so any node can check the answer; an id is answered once, right or wrong, so that a
 * script cannot try texts against one picture.
 */
@Stateless
public class CaptchaChallenges {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    /** A picture to draw and the id the answer will name. */
    public record Issued(String id, Captcha captcha) {
    }

    public Issued issue() {
        Captcha captcha = Captcha.issue(clock.instant());
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("insert into captcha_challenge (id, answer, issued_at) values (?1, ?2, ?3)")
                .setParameter(1, id).setParameter(2, captcha.text())
                .setParameter(3, captcha.issuedAt().atOffset(ZoneOffset.UTC)).executeUpdate();
        return new Issued(id, captcha);
    }

    /**
     * What was typed for picture {@code id}, used up now: the services check it like a page's answer. An unknown or
     * already answered id is an answer to no picture, which every service that needs one refuses.
     */
    public CaptchaAnswer answer(String id, String typed) {
        if (id == null || id.isBlank() || id.length() > 36) {
            return CaptchaAnswer.NONE;
        }
        Instant now = clock.instant();
        int used = em.createNativeQuery("update captcha_challenge set used_at = ?1 where id = ?2 and used_at is null")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, id).executeUpdate();
        if (used == 0) {
            return new CaptchaAnswer(null, typed);
        }
        List<?> rows = em.createNativeQuery("select answer, issued_at from captcha_challenge where id = ?1")
                .setParameter(1, id).getResultList();
        Object[] row = (Object[]) rows.get(0);
        return new CaptchaAnswer(new Captcha((String) row[0], Database.instant(row[1])), typed);
    }

    /** Forgets pictures too old to be answered; returns how many went. */
    public int purgeExpired(Instant now) {
        return em.createNativeQuery("delete from captcha_challenge where issued_at < ?1")
                .setParameter(1, now.minus(Captcha.VALIDITY).atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
