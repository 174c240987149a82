-- The append-only audit trail and the exam catalogue (regions, review points, sites, rooms, exam
-- sessions with their calendar and rules, levels, specialties, subjects, eligibility conditions, proof
-- rules, notices, staff scopes). Portable SQL for H2 2.x and PostgreSQL 15.

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
    id                BIGINT        NOT NULL PRIMARY KEY,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_account_id  BIGINT,
    actor             VARCHAR(100)  NOT NULL,
    action            VARCHAR(60)   NOT NULL,
    subject_type      VARCHAR(60)   NOT NULL,
    subject_id        VARCHAR(60)   NOT NULL,
    summary           VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id, occurred_at);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);

-- one sequence for the catalogue: small tables, written by administrators only
CREATE SEQUENCE catalogue_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE region (
    id         BIGINT       NOT NULL PRIMARY KEY,
    code       VARCHAR(12)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    parent_id  BIGINT,
    version    BIGINT       NOT NULL,
    CONSTRAINT uq_region_code UNIQUE (code),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_id) REFERENCES region (id)
);

CREATE TABLE review_point (
    id         BIGINT       NOT NULL PRIMARY KEY,
    region_id  BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    address    VARCHAR(400),
    version    BIGINT       NOT NULL,
    CONSTRAINT fk_review_point_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE exam_site (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    region_id           BIGINT       NOT NULL,
    code                VARCHAR(20)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    address             VARCHAR(400) NOT NULL,
    registration_point  BOOLEAN      NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT uq_exam_site_code UNIQUE (code),
    CONSTRAINT fk_exam_site_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE room (
    id             BIGINT       NOT NULL PRIMARY KEY,
    site_id        BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    capacity       INTEGER      NOT NULL,
    computer_room  BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_room_name UNIQUE (site_id, name),
    CONSTRAINT ck_room_capacity CHECK (capacity > 0),
    CONSTRAINT fk_room_site FOREIGN KEY (site_id) REFERENCES exam_site (id)
);

CREATE TABLE exam_session (
    id                          BIGINT       NOT NULL PRIMARY KEY,
    code                        VARCHAR(20)  NOT NULL,
    name                        VARCHAR(200) NOT NULL,
    occupation                  VARCHAR(200) NOT NULL,
    registration_opens_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    registration_closes_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resubmission_deadline       TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmation_deadline       TIMESTAMP WITH TIME ZONE NOT NULL,
    payment_deadline            TIMESTAMP WITH TIME ZONE NOT NULL,
    ticket_printing_opens_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ticket_printing_closes_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    scores_released_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_profile_required   BOOLEAN      NOT NULL,
    score_validity_years        INTEGER,
    photo_width                 INTEGER      NOT NULL,
    photo_height                INTEGER      NOT NULL,
    photo_exact_size            BOOLEAN      NOT NULL,
    photo_min_kb                INTEGER      NOT NULL,
    photo_max_kb                INTEGER      NOT NULL,
    photo_backgrounds           VARCHAR(40)  NOT NULL,
    practice_needs_first_registration BOOLEAN NOT NULL,
    residency_training_date_required  BOOLEAN NOT NULL,
    work_proof_waived_for_medical     BOOLEAN NOT NULL,
    published                   BOOLEAN      NOT NULL,
    version                     BIGINT       NOT NULL,
    CONSTRAINT uq_exam_session_code UNIQUE (code),
    CONSTRAINT ck_exam_session_photo CHECK (photo_width > 0 AND photo_height > 0 AND photo_min_kb >= 0
        AND photo_max_kb >= photo_min_kb),
    CONSTRAINT ck_exam_session_validity CHECK (score_validity_years IS NULL OR score_validity_years > 0)
);

CREATE TABLE exam_level (
    id          BIGINT       NOT NULL PRIMARY KEY,
    session_id  BIGINT       NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_exam_level_code UNIQUE (session_id, code),
    CONSTRAINT fk_exam_level_session FOREIGN KEY (session_id) REFERENCES exam_session (id)
);

CREATE TABLE specialty (
    id        BIGINT       NOT NULL PRIMARY KEY,
    level_id  BIGINT       NOT NULL,
    code      VARCHAR(20)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT uq_specialty_code UNIQUE (level_id, code),
    CONSTRAINT fk_specialty_level FOREIGN KEY (level_id) REFERENCES exam_level (id)
);

CREATE TABLE subject (
    id                BIGINT       NOT NULL PRIMARY KEY,
    level_id          BIGINT       NOT NULL,
    specialty_id      BIGINT,
    code              VARCHAR(20)  NOT NULL,
    name              VARCHAR(100) NOT NULL,
    starts_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes  INTEGER      NOT NULL,
    computer_based    BOOLEAN      NOT NULL,
    fee_fen           BIGINT       NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT uq_subject_code UNIQUE (level_id, code),
    CONSTRAINT ck_subject_duration CHECK (duration_minutes > 0),
    CONSTRAINT ck_subject_fee CHECK (fee_fen >= 0),
    CONSTRAINT fk_subject_level FOREIGN KEY (level_id) REFERENCES exam_level (id),
    CONSTRAINT fk_subject_specialty FOREIGN KEY (specialty_id) REFERENCES specialty (id)
);

CREATE TABLE eligibility_condition (
    id        BIGINT       NOT NULL PRIMARY KEY,
    level_id  BIGINT       NOT NULL,
    position  INTEGER      NOT NULL,
    text      VARCHAR(1000) NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT fk_eligibility_level FOREIGN KEY (level_id) REFERENCES exam_level (id)
);

CREATE TABLE region_rule (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    session_id          BIGINT      NOT NULL,
    region_id           BIGINT      NOT NULL,
    review_levels       INTEGER     NOT NULL,
    review_after_exam   BOOLEAN     NOT NULL,
    confirmation_mode   VARCHAR(16) NOT NULL,
    online_payment      BOOLEAN     NOT NULL,
    version             BIGINT      NOT NULL,
    CONSTRAINT uq_region_rule UNIQUE (session_id, region_id),
    CONSTRAINT ck_region_rule_levels CHECK (review_levels IN (1, 2)),
    CONSTRAINT ck_region_rule_confirmation CHECK (confirmation_mode IN ('ONLINE', 'ON_SITE')),
    CONSTRAINT fk_region_rule_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_region_rule_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE proof_rule (
    id                     BIGINT      NOT NULL PRIMARY KEY,
    session_id             BIGINT      NOT NULL,
    kind                   VARCHAR(30) NOT NULL,
    max_kb                 INTEGER     NOT NULL,
    required               BOOLEAN     NOT NULL,
    waived_for_medical     BOOLEAN     NOT NULL,
    version                BIGINT      NOT NULL,
    CONSTRAINT uq_proof_rule UNIQUE (session_id, kind),
    CONSTRAINT ck_proof_rule_size CHECK (max_kb > 0),
    CONSTRAINT fk_proof_rule_session FOREIGN KEY (session_id) REFERENCES exam_session (id)
);

CREATE TABLE notice (
    id            BIGINT        NOT NULL PRIMARY KEY,
    session_id    BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    body_html     VARCHAR(100000) NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL,
    CONSTRAINT fk_notice_session FOREIGN KEY (session_id) REFERENCES exam_session (id)
);

CREATE TABLE staff_scope (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    scope_type  VARCHAR(16) NOT NULL,
    scope_id    BIGINT      NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT uq_staff_scope UNIQUE (account_id, scope_type, scope_id),
    CONSTRAINT ck_staff_scope_type CHECK (scope_type IN ('REVIEW_POINT', 'SITE', 'REGION')),
    CONSTRAINT fk_staff_scope_account FOREIGN KEY (account_id) REFERENCES account (id)
);
