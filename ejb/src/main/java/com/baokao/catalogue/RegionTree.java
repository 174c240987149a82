package com.baokao.catalogue;

import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The region tree of the catalogue: which regions lie under which (渝中区 under 重庆市). Used wherever an area is
 * more than one region: a reviewer's reach, the review points and sites an application in a region may choose.
 */
public final class RegionTree {

    private RegionTree() {
    }

    /** The given regions and every region under them. */
    public static Set<Long> below(EntityManager em, Set<Long> roots) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        Map<Long, Long> parentOf = new HashMap<>();
        for (Region region : em.createQuery("select r from Region r left join fetch r.parent", Region.class).getResultList()) {
            parentOf.put(region.getId(), region.getParent() == null ? null : region.getParent().getId());
        }
        Set<Long> covered = new HashSet<>();
        for (Long region : parentOf.keySet()) {
            for (Long r = region; r != null; r = parentOf.get(r)) {
                if (roots.contains(r)) {
                    covered.add(region);
                    break;
                }
            }
        }
        return covered;
    }
}
