-- Review and confirmation (issue 5): claims, decisions with reasons, issued form codes, confirmation proofs,
-- the post-exam review, the candidate's inbox and the cluster-wide scheduled runs.

-- the review queue an application returned for correction goes back to once resubmitted
ALTER TABLE application ADD COLUMN returned_from VARCHAR(24);
-- a reviewer's claim on an item: nobody else decides it until the claim expires or is released
ALTER TABLE application ADD COLUMN claimed_by BIGINT;
ALTER TABLE application ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
-- review after the exam: PENDING until a reviewer decides, then PASSED or FAILED (scores voided)
ALTER TABLE application ADD COLUMN post_exam_review VARCHAR(10);
CREATE INDEX ix_application_queue ON application (status, first_submitted_at);

ALTER TABLE candidate_profile ADD COLUMN claimed_by BIGINT;
ALTER TABLE candidate_profile ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;

-- every decision on a profile or an application, with who, when, from, to; reasons in review_reason
CREATE TABLE review_decision (
    id            BIGINT       NOT NULL PRIMARY KEY,
    subject_type  VARCHAR(20)  NOT NULL,
    subject_id    BIGINT       NOT NULL,
    stage         VARCHAR(30)  NOT NULL,
    outcome       VARCHAR(30)  NOT NULL,
    from_status   VARCHAR(24)  NOT NULL,
    to_status     VARCHAR(24)  NOT NULL,
    reviewer_id   BIGINT,
    reviewer_name VARCHAR(200) NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_review_decision_subject CHECK (subject_type IN ('PROFILE', 'APPLICATION'))
);
CREATE INDEX ix_review_decision_subject ON review_decision (subject_type, subject_id, decided_at);

CREATE TABLE review_reason (
    decision_id  BIGINT        NOT NULL,
    position     INTEGER       NOT NULL,
    reason       VARCHAR(40)   NOT NULL,
    field        VARCHAR(60),
    comment_text VARCHAR(1000),
    CONSTRAINT pk_review_reason PRIMARY KEY (decision_id, position),
    CONSTRAINT fk_review_reason_decision FOREIGN KEY (decision_id) REFERENCES review_decision (id)
);

-- each verification code ever printed on a registration form: on-site confirmation finds the application by
-- it and tells a stale printout (an older code of the application) from a wrong one
CREATE TABLE form_code (
    code            VARCHAR(14) NOT NULL PRIMARY KEY,
    application_id  BIGINT      NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_form_code_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_form_code_application ON form_code (application_id);

-- proofs a candidate uploads for online confirmation of one application (override the profile's)
CREATE TABLE application_proof (
    id              BIGINT      NOT NULL PRIMARY KEY,
    application_id  BIGINT      NOT NULL,
    kind            VARCHAR(30) NOT NULL,
    file_id         BIGINT      NOT NULL,
    CONSTRAINT uq_application_proof UNIQUE (application_id, kind),
    CONSTRAINT fk_application_proof_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_application_proof_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

-- the candidate's in-app inbox; dedupe_key makes a reminder or notice idempotent
CREATE SEQUENCE inbox_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE inbox_message (
    id            BIGINT        NOT NULL PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE,
    message_key   VARCHAR(100)  NOT NULL,
    args          VARCHAR(2000) NOT NULL,
    link          VARCHAR(300),
    dedupe_key    VARCHAR(200),
    CONSTRAINT uq_inbox_message_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_inbox_message_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_inbox_message_account ON inbox_message (account_id, created_at);

-- one row per run of a scheduled job and due time: the primary key lets exactly one node of a cluster run it
CREATE TABLE scheduled_run (
    job_name     VARCHAR(60)   NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    node         VARCHAR(100)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    outcome      VARCHAR(20)   NOT NULL,
    detail       VARCHAR(2000),
    CONSTRAINT pk_scheduled_run PRIMARY KEY (job_name, due_at)
);
