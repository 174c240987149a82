package com.baokao.staff;

import com.baokao.catalogue.RegionTree;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
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
        return RegionTree.below(em, roots);
    }
}
