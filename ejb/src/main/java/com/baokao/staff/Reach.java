package com.baokao.staff;

import com.baokao.catalogue.RegionTree;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * What one staff member may see of candidates' applications: everything (administrators), or the applications
 * whose review point, exam site or region (with every region below) is one of their scopes. Every review,
 * confirmation and statistics service filters with this, so a reviewer of site A never reaches site B's items.
 */
public record Reach(boolean all, Set<Long> regions, Set<Long> sites, Set<Long> reviewPoints) implements Serializable {

    private static final Set<Long> NONE = Set.of(-1L);

    public static Reach everything() {
        return new Reach(true, Set.of(), Set.of(), Set.of());
    }

    public static Reach of(EntityManager em, long staffAccountId) {
        Set<Long> regionRoots = new HashSet<>();
        Set<Long> sites = new HashSet<>();
        Set<Long> points = new HashSet<>();
        for (StaffScope scope : em.createNamedQuery(StaffScope.OF_ACCOUNT, StaffScope.class)
                .setParameter("account", staffAccountId).getResultList()) {
            switch (scope.getScopeType()) {
                case REGION -> regionRoots.add(scope.getScopeId());
                case SITE -> sites.add(scope.getScopeId());
                case REVIEW_POINT -> points.add(scope.getScopeId());
                // a desk reviews nothing: its reach is the desk's own (DeskScope in the desk package)
                case DESK -> { }
            }
        }
        return new Reach(false, Set.copyOf(RegionTree.below(em, regionRoots)), Set.copyOf(sites), Set.copyOf(points));
    }

    public boolean isEmpty() {
        return !all && regions.isEmpty() && sites.isEmpty() && reviewPoints.isEmpty();
    }

    /** True for a reviewer of a whole region (the second review level answers to the region). */
    public boolean coversRegion(Long regionId) {
        return all || regionId != null && regions.contains(regionId);
    }

    /** True for a reviewer of the item's review point or exam site (the first review level). */
    public boolean coversSiteLevel(Long reviewPointId, Long siteId) {
        return all || reviewPointId != null && reviewPoints.contains(reviewPointId) || siteId != null && sites.contains(siteId);
    }

    public boolean covers(Long regionId, Long reviewPointId, Long siteId) {
        return coversRegion(regionId) || coversSiteLevel(reviewPointId, siteId);
    }

    /**
     * A JPQL condition on an application alias, e.g. {@code where(a)} for {@code select a from Application a};
     * bind its parameters with {@link #bind}.
     */
    public String where(String alias) {
        if (all) {
            return "1 = 1";
        }
        return "(" + alias + ".region.id in :reachRegions or " + alias + ".site.id in :reachSites or "
                + alias + ".reviewPoint.id in :reachPoints)";
    }

    /** The region-level part of {@link #where}: items the second (or only) review level may decide. */
    public String whereRegion(String alias) {
        return all ? "1 = 1" : alias + ".region.id in :reachRegions";
    }

    /** The site-level part of {@link #where}: items the first of two review levels may decide. */
    public String whereSiteLevel(String alias) {
        return all ? "1 = 1" : "(" + alias + ".site.id in :reachSites or " + alias + ".reviewPoint.id in :reachPoints)";
    }

    public <Q extends Query> Q bind(Q query) {
        if (!all) {
            query.setParameter("reachRegions", regions.isEmpty() ? NONE : regions);
            query.setParameter("reachSites", sites.isEmpty() ? NONE : sites);
            query.setParameter("reachPoints", reviewPoints.isEmpty() ? NONE : reviewPoints);
        }
        return query;
    }
}
