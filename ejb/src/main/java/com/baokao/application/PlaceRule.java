package com.baokao.application;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Places per site (issue 18) as plain values, so the apply page, the API, the submission and the seat assignment
 * count them alike. A count is an administrator's number of places for a session at a site, for the whole site
 * (no subject) or for one subject there; an application needs one place in every count that applies to its site
 * and the subjects it sits (carried-over subjects are not sat).
 */
public final class PlaceRule {

    private PlaceRule() {
    }

    /** One count as stored: {@code subjectId} null for the whole site. */
    public record Count(long id, long siteId, Long subjectId, int places, int held) {
        public int left() {
            return Math.max(0, places - held);
        }

        boolean appliesTo(long site, Set<Long> subjects) {
            return siteId == site && (subjectId == null || subjects.contains(subjectId));
        }
    }

    /** The counts an application at {@code siteId} sitting {@code subjectIds} needs a place in, by id (the lock order). */
    public static List<Count> needed(List<Count> counts, long siteId, Set<Long> subjectIds) {
        return counts.stream().filter(c -> c.appliesTo(siteId, subjectIds)).sorted(Comparator.comparingLong(Count::id)).toList();
    }

    /**
     * Places left at a site for these subjects: the smallest left of the counts that apply; null when none applies
     * (the site takes everyone). Without subjects yet, only the whole-site count and the subject counts all share.
     */
    public static Integer left(List<Count> counts, long siteId, Set<Long> subjectIds) {
        return needed(counts, siteId, subjectIds).stream().map(Count::left).min(Integer::compare).orElse(null);
    }

    /** Whether one more application fits at the site for these subjects. */
    public static boolean fits(List<Count> counts, long siteId, Set<Long> subjectIds) {
        Integer left = left(counts, siteId, subjectIds);
        return left == null || left > 0;
    }

    /** The sites among {@code siteIds} (in their order) where one more application still fits. */
    public static List<Long> sitesWithPlaces(List<Count> counts, List<Long> siteIds, Set<Long> subjectIds) {
        return siteIds.stream().filter(site -> fits(counts, site, subjectIds)).toList();
    }
}
