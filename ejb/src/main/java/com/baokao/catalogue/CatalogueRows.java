package com.baokao.catalogue;

import com.baokao.i18n.FreeText;
import com.baokao.i18n.BaokaoException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import java.util.List;

/**
 * What the administrator's catalogue services share: a row by id or "not found", the refusal to delete what
 * applications use, the version check of an edit, and the checks of codes, names and room capacities.
 */
final class CatalogueRows {

    private CatalogueRows() {
    }

    static <T> T find(EntityManager em, Class<T> type, Object id) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new BaokaoException("catalogue.not.found");
        }
        return found;
    }

    /** Applications point at catalogue rows: deleting one would orphan candidates' choices. */
    static void refuseIfApplicationsUse(EntityManager em, String countSql, long id, String name) {
        long uses = ((Number) em.createNativeQuery(countSql).setParameter(1, id).getSingleResult()).longValue();
        if (uses > 0) {
            throw new BaokaoException("catalogue.used.by.applications", name, String.valueOf(uses));
        }
    }

    static long count(EntityManager em, String jpql, Object x) {
        return em.createQuery(jpql, Long.class).setParameter("x", x).getSingleResult();
    }

    /** The sittings of a subject after its first, in order. */
    static List<SubjectSitting> sittingsOf(EntityManager em, Subject subject) {
        return em.createQuery("select s from SubjectSitting s where s.subject = :x order by s.sitting", SubjectSitting.class)
                .setParameter("x", subject).getResultList();
    }

    static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new OptimisticLockException("changed by someone else meanwhile");
        }
    }

    /** A code as codes are everywhere in the catalogue: 1 to 20 letters, digits, {@code _} or {@code -}. */
    static String requireCode(String field, String code) {
        String value = code == null ? "" : code.strip();
        if (!value.matches("[A-Za-z0-9_-]{1,20}")) {
            throw BaokaoException.at(field, "code.format");
        }
        return value;
    }

    static String requireText(String field, String text, int max) {
        return FreeText.field(field, text, max, true);
    }

    static void requireCapacity(int capacity) {
        if (capacity <= 0 || capacity > 10_000) {
            throw BaokaoException.at("capacity", "room.capacity.invalid");
        }
    }
}
