package com.baokao.staff;

import com.baokao.catalogue.CatalogueEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One responsibility of a staff account; the review capability enforces these scopes in its services. */
@Entity
@Table(name = "staff_scope")
@NamedQuery(name = StaffScope.OF_ACCOUNT, query = "select s from StaffScope s where s.accountId = :account order by s.scopeType, s.scopeId")
public class StaffScope extends CatalogueEntity {

    public static final String OF_ACCOUNT = "StaffScope.ofAccount";

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false)
    private ScopeType scopeType;

    @Column(name = "scope_id", nullable = false)
    private long scopeId;

    protected StaffScope() {
    }

    StaffScope(long accountId, ScopeType scopeType, long scopeId) {
        this.accountId = accountId;
        this.scopeType = scopeType;
        this.scopeId = scopeId;
    }

    public long getAccountId() {
        return accountId;
    }

    public ScopeType getScopeType() {
        return scopeType;
    }

    public long getScopeId() {
        return scopeId;
    }
}
