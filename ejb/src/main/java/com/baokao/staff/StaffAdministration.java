package com.baokao.staff;

import com.baokao.account.Account;
import com.baokao.account.AccountRole;
import com.baokao.account.AccountSummary;
import com.baokao.account.StaffAccountService;
import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ExamSite;
import com.baokao.catalogue.Region;
import com.baokao.catalogue.ReviewPoint;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.Database;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.List;

/**
 * Administrators create reviewer, administrator and operator accounts and assign staff to review points,
 * sites or regions (the scope the review capability enforces). Every change is audited.
 */
@Stateless
@RolesAllowed("ADMIN")
public class StaffAdministration {

    public record ScopeView(long id, ScopeType type, long targetId, String target) implements Serializable {
    }

    public record StaffRow(long id, String username, String fullName, AccountRole role, String email,
                           List<ScopeView> scopes) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    StaffAccountService accounts;

    @EJB
    AuditTrail audit;

    public AccountSummary createStaff(AccountRole role, String username, String fullName, String email, String password) {
        if (role == null || !role.isStaff()) {
            throw BaokaoException.at("role", "field.required");
        }
        AccountSummary created = accounts.create(role, username, fullName, email, password);
        audit.record("staff.created", "Account", created.id(), role + " " + created.username() + " " + created.fullName());
        return created;
    }

    public void assignScope(long accountId, ScopeType type, Long targetId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.getRole().isStaff()) {
            throw new BaokaoException("catalogue.not.found");
        }
        if (type == null || targetId == null || targetName(type, targetId) == null) {
            throw BaokaoException.at("target", "scope.target.missing");
        }
        StaffScope scope = new StaffScope(accountId, type, targetId);
        Database.insertUnique(em, scope, () -> BaokaoException.at("target", "code.duplicate", targetName(type, targetId)));
        audit.record("staff.scope.assigned", "Account", accountId, type + " " + targetName(type, targetId));
    }

    public void removeScope(long scopeId) {
        StaffScope scope = em.find(StaffScope.class, scopeId);
        if (scope == null) {
            throw new BaokaoException("catalogue.not.found");
        }
        em.remove(scope);
        audit.record("staff.scope.removed", "Account", scope.getAccountId(), scope.getScopeType() + " " + scope.getScopeId());
    }

    public List<StaffRow> staff() {
        return em.createQuery("select a from Account a where a.role <> com.baokao.account.AccountRole.CANDIDATE order by a.username",
                        Account.class).getResultList().stream()
                .map(a -> new StaffRow(a.getId(), a.getUsername(), a.getFullName(), a.getRole(), a.getEmail(),
                        em.createNamedQuery(StaffScope.OF_ACCOUNT, StaffScope.class).setParameter("account", a.getId())
                                .getResultList().stream()
                                .map(s -> new ScopeView(s.getId(), s.getScopeType(), s.getScopeId(),
                                        targetName(s.getScopeType(), s.getScopeId())))
                                .toList()))
                .toList();
    }

    private String targetName(ScopeType type, long id) {
        return switch (type) {
            case REVIEW_POINT, DESK -> {
                ReviewPoint p = em.find(ReviewPoint.class, id);
                yield p == null ? null : p.getName();
            }
            case SITE -> {
                ExamSite s = em.find(ExamSite.class, id);
                yield s == null ? null : s.getCode() + " " + s.getName();
            }
            case REGION -> {
                Region r = em.find(Region.class, id);
                yield r == null ? null : r.getName();
            }
        };
    }
}
