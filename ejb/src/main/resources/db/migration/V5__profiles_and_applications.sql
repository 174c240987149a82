-- Candidates' profiles with their photo and proofs, earlier subject results, and applications.
-- Portable SQL for H2 2.x and PostgreSQL 15.

-- rows written by candidates: one sequence, handing out blocks of 50 ids per node
CREATE SEQUENCE candidate_seq START WITH 50 INCREMENT BY 50;

-- registration serial numbers: increment 1 so they stay short; gaps (rolled-back submits) are fine
CREATE SEQUENCE registration_serial_seq START WITH 1 INCREMENT BY 1;

-- secrets the platform makes for itself on first use (e.g. the registration form's verification codes)
CREATE TABLE platform_secret (
    name        VARCHAR(60)  NOT NULL PRIMARY KEY,
    secret      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- an uploaded photo or proof: the checked bytes, never served by a public URL
CREATE TABLE stored_file (
    id                BIGINT       NOT NULL PRIMARY KEY,
    owner_account_id  BIGINT       NOT NULL,
    purpose           VARCHAR(30)  NOT NULL,
    content_type      VARCHAR(100) NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    sha256            VARCHAR(64)  NOT NULL,
    width             INTEGER,
    height            INTEGER,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    content           BYTEA        NOT NULL,
    CONSTRAINT fk_stored_file_owner FOREIGN KEY (owner_account_id) REFERENCES account (id)
);
CREATE INDEX ix_stored_file_owner ON stored_file (owner_account_id);

CREATE TABLE candidate_profile (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    account_id               BIGINT       NOT NULL,
    status                   VARCHAR(16)  NOT NULL,
    home_region_id           BIGINT,
    education                VARCHAR(20),
    major                    VARCHAR(100),
    medical_major            BOOLEAN      NOT NULL,
    graduation_date          DATE,
    work_unit                VARCHAR(200),
    unit_type                VARCHAR(20),
    unit_type_other          VARCHAR(100),
    work_years               INTEGER,
    practice_category        VARCHAR(20),
    first_registration_date  DATE,
    invoice_kind             VARCHAR(10),
    invoice_company          VARCHAR(200),
    invoice_taxpayer_id      VARCHAR(20),
    basic_info_saved         BOOLEAN      NOT NULL,
    photo_file_id            BIGINT,
    submitted_at             TIMESTAMP WITH TIME ZONE,
    decided_at               TIMESTAMP WITH TIME ZONE,
    decided_by               BIGINT,
    approved_until           TIMESTAMP WITH TIME ZONE,
    return_reasons           VARCHAR(2000),
    version                  BIGINT       NOT NULL,
    CONSTRAINT uq_candidate_profile_account UNIQUE (account_id),
    CONSTRAINT ck_candidate_profile_status CHECK (status IN ('EDITING', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    CONSTRAINT ck_candidate_profile_years CHECK (work_years IS NULL OR work_years BETWEEN 0 AND 70),
    CONSTRAINT fk_candidate_profile_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_candidate_profile_region FOREIGN KEY (home_region_id) REFERENCES region (id),
    CONSTRAINT fk_candidate_profile_photo FOREIGN KEY (photo_file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_candidate_profile_review ON candidate_profile (status, home_region_id, submitted_at);

CREATE TABLE profile_proof (
    id          BIGINT      NOT NULL PRIMARY KEY,
    profile_id  BIGINT      NOT NULL,
    kind        VARCHAR(30) NOT NULL,
    file_id     BIGINT      NOT NULL,
    CONSTRAINT uq_profile_proof UNIQUE (profile_id, kind),
    CONSTRAINT fk_profile_proof_profile FOREIGN KEY (profile_id) REFERENCES candidate_profile (id),
    CONSTRAINT fk_profile_proof_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

-- earlier results, matched by occupation + level code + subject code; imports come with the scores issue
CREATE TABLE score_record (
    id            BIGINT       NOT NULL PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    occupation    VARCHAR(200) NOT NULL,
    level_code    VARCHAR(20)  NOT NULL,
    subject_code  VARCHAR(20)  NOT NULL,
    subject_name  VARCHAR(100) NOT NULL,
    exam_date     DATE         NOT NULL,
    score         DECIMAL(6,2) NOT NULL,
    passed        BOOLEAN      NOT NULL,
    voided        BOOLEAN      NOT NULL,
    void_reason   VARCHAR(500),
    CONSTRAINT fk_score_record_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_score_record_account ON score_record (account_id, occupation, level_code);

CREATE TABLE application (
    id                        BIGINT       NOT NULL PRIMARY KEY,
    account_id                BIGINT       NOT NULL,
    session_id                BIGINT       NOT NULL,
    status                    VARCHAR(24)  NOT NULL,
    pledge_accepted_at        TIMESTAMP WITH TIME ZONE,
    region_id                 BIGINT,
    review_point_id           BIGINT,
    site_id                   BIGINT,
    level_id                  BIGINT,
    specialty_id              BIGINT,
    condition_id              BIGINT,
    certificate_number        VARCHAR(60),
    certificate_date          DATE,
    residency_training_date   DATE,
    exam_photo_file_id        BIGINT,
    candidate_type            VARCHAR(16),
    serial_number             BIGINT,
    first_submitted_at        TIMESTAMP WITH TIME ZONE,
    submitted_at              TIMESTAMP WITH TIME ZONE,
    changed_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   BIGINT       NOT NULL,
    CONSTRAINT uq_application_candidate UNIQUE (account_id, session_id),
    CONSTRAINT uq_application_serial UNIQUE (serial_number),
    CONSTRAINT fk_application_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_application_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_application_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_application_review_point FOREIGN KEY (review_point_id) REFERENCES review_point (id),
    CONSTRAINT fk_application_site FOREIGN KEY (site_id) REFERENCES exam_site (id),
    CONSTRAINT fk_application_level FOREIGN KEY (level_id) REFERENCES exam_level (id),
    CONSTRAINT fk_application_specialty FOREIGN KEY (specialty_id) REFERENCES specialty (id),
    CONSTRAINT fk_application_condition FOREIGN KEY (condition_id) REFERENCES eligibility_condition (id),
    CONSTRAINT fk_application_photo FOREIGN KEY (exam_photo_file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_application_session_status ON application (session_id, status);

-- the subjects an application takes, and those carried over from an earlier pass
CREATE TABLE application_subject (
    id              BIGINT  NOT NULL PRIMARY KEY,
    application_id  BIGINT  NOT NULL,
    subject_id      BIGINT  NOT NULL,
    carried_over    BOOLEAN NOT NULL,
    passed_on       DATE,
    CONSTRAINT uq_application_subject UNIQUE (application_id, subject_id),
    CONSTRAINT fk_application_subject_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_application_subject_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
);

-- what each eligibility condition asks the candidate to give (comma list of ConditionField names)
ALTER TABLE eligibility_condition ADD COLUMN required_fields VARCHAR(200) DEFAULT '' NOT NULL;
