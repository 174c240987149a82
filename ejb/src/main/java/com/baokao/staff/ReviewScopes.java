package com.baokao.staff;

import com.baokao.catalogue.Region;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regions a reviewer answers for: each REGION scope with every region below it (a reviewer of 重庆市
 * reviews 渝中区 too). Administrators are not limited and never reach this. Review points and sites come with
 * the review queues.
 */
public final class ReviewScopes {

    private ReviewScopes() {
    }

    public static Set<Long> regionsOf(EntityManager em, long staffAccountId) {
        List<StaffScope> scopes = em.createNamedQuery(StaffScope.OF_ACCOUNT, StaffScope.class)
                .setParameter("account", staffAccountId).getResultList();
        Set<Long> roots = new HashSet<>();
        for (StaffScope scope : scopes) {
            if (scope.getScopeType() == ScopeType.REGION) {
                roots.add(scope.getScopeId());
            }
        }
        return below(em, roots);
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
