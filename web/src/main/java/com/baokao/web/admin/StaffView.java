package com.baokao.web.admin;

import com.baokao.account.AccountRole;
import com.baokao.catalogue.CatalogueQueries;
import com.baokao.i18n.BaokaoException;
import com.baokao.staff.ScopeType;
import com.baokao.staff.StaffAdministration;
import com.baokao.staff.StaffAdministration.StaffRow;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** admin/staff.xhtml: staff accounts and the review points, sites or regions they are responsible for. */
@Named
@ViewScoped
public class StaffView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "staffForm";

    @EJB
    StaffAdministration staff;

    @EJB
    CatalogueQueries catalogue;

    private List<StaffRow> rows;
    private AccountRole role = AccountRole.REVIEWER;
    private String username;
    private String fullName;
    private String email;
    private String password;
    private Long scopeAccountId;
    private String scopeTarget;

    @PostConstruct
    void refresh() {
        rows = staff.staff();
    }

    public void create() {
        try {
            staff.createStaff(role, username, fullName, email, password);
            username = null;
            fullName = null;
            email = null;
            password = null;
            refresh();
            FacesMessages.info("staff.created");
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    /** The target is "TYPE:id", chosen from one grouped list of review points, sites and regions. */
    public void assign() {
        try {
            if (scopeAccountId == null || scopeTarget == null || !scopeTarget.contains(":")) {
                throw BaokaoException.at("target", "scope.target.missing");
            }
            String[] parts = scopeTarget.split(":", 2);
            staff.assignScope(scopeAccountId, ScopeType.valueOf(parts[0]), Long.valueOf(parts[1]));
            refresh();
            FacesMessages.info("scope.assigned");
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public void remove(long scopeId) {
        try {
            staff.removeScope(scopeId);
            refresh();
            FacesMessages.info("scope.removed");
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public List<SelectItem> getTargets() {
        List<SelectItem> items = new ArrayList<>();
        catalogue.reviewPoints().forEach(p -> items.add(new SelectItem("REVIEW_POINT:" + p.id(), p.region() + " · " + p.name())));
        catalogue.sites().forEach(s -> items.add(new SelectItem("SITE:" + s.id(), s.region() + " · " + s.code() + " " + s.name())));
        catalogue.regions().forEach(r -> items.add(new SelectItem("REGION:" + r.id(),
                (r.parentName() == null ? "" : r.parentName() + " / ") + r.name())));
        // a walk-in desk (现场报名) of a review point: registers, takes fees and hands out tickets there, reviews nothing
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        String desk = faces.getApplication().getResourceBundle(faces, "l").getString("admin.scope.DESK");
        catalogue.reviewPoints().forEach(p -> items.add(new SelectItem("DESK:" + p.id(), desk + " · " + p.region() + " · " + p.name())));
        return items;
    }

    public AccountRole[] getRoles() {
        return new AccountRole[] {AccountRole.REVIEWER, AccountRole.ADMIN, AccountRole.OPERATOR};
    }

    public List<StaffRow> getRows() {
        return rows;
    }

    public AccountRole getRole() {
        return role;
    }

    public void setRole(AccountRole role) {
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getScopeAccountId() {
        return scopeAccountId;
    }

    public void setScopeAccountId(Long scopeAccountId) {
        this.scopeAccountId = scopeAccountId;
    }

    public String getScopeTarget() {
        return scopeTarget;
    }

    public void setScopeTarget(String scopeTarget) {
        this.scopeTarget = scopeTarget;
    }
}
