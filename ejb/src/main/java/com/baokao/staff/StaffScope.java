package com.baokao.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One responsibility of a staff account; the review capability enforces these scopes in its services. */
@Entity
@Table(name = "staff_scope")
@NamedQuery(name = StaffScope.OF_ACCOUNT, query = "select s from StaffScope s where s.accountId = :account order by s.scopeType, s.scopeId")
public class StaffScope {

    public static final String OF_ACCOUNT = "StaffScope.ofAccount";

    @Id
    @SequenceGenerator(name = "catalogue_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    public Long getId() {
        return id;
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
