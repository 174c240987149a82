package com.baokao.account;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person who signs in: a candidate (keyed by ID type + ID number, unique in the database) or a staff
 * member (keyed by username). Name, sex, ID number, phone and e-mail are fixed once the account exists:
 * there are no setters for them; only an administrator's correction (a later capability) changes them.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_ID_DOCUMENT,
        query = "select a from Account a where a.idType = :idType and a.idNumber = :idNumber")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
public class Account {

    public static final String BY_ID_DOCUMENT = "Account.byIdDocument";
    public static final String BY_USERNAME = "Account.byUsername";
    public static final String COUNT = "Account.count";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private AccountRole role;

    @Column(name = "username")
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    private IdType idType;

    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex")
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "phone")
    private String phone;

    @Column(name = "email")
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
    }

    public static Account candidate(IdType idType, String idNumber, String fullName, Sex sex, LocalDate birthDate,
                                    String phone, String email, String passwordHash, Instant createdAt) {
        Account a = new Account();
        a.role = AccountRole.CANDIDATE;
        a.idType = idType;
        a.idNumber = idNumber;
        a.fullName = fullName;
        a.sex = sex;
        a.birthDate = birthDate;
        a.phone = phone;
        a.email = email;
        a.passwordHash = passwordHash;
        a.createdAt = createdAt;
        return a;
    }

    public static Account staff(AccountRole role, String username, String fullName, String email,
                                String passwordHash, Instant createdAt) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("not a staff role: " + role);
        }
        Account a = new Account();
        a.role = role;
        a.username = username;
        a.fullName = fullName;
        a.email = email;
        a.passwordHash = passwordHash;
        a.createdAt = createdAt;
        return a;
    }

    /** An administrator's correction on presented proof; see {@link AccountCorrectionService}. */
    void correctName(String fullName) {
        this.fullName = fullName;
    }

    void correctIdDocument(IdDocument document) {
        this.idType = document.type();
        this.idNumber = document.number();
        if (document.birthDate() != null) {
            this.birthDate = document.birthDate();
            this.sex = document.sex();
        }
    }

    void correctPhone(String phone) {
        this.phone = phone;
    }

    void correctEmail(String email) {
        this.email = email;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public Long getId() {
        return id;
    }

    public AccountRole getRole() {
        return role;
    }

    /** How staff see this account in lists and trails: a staff member by username, a candidate by full name. */
    public String displayName() {
        return username != null ? username : fullName;
    }

    public String getUsername() {
        return username;
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
