-- Real-name accounts, sign-in failure counters, password-reset codes and the notification outbox.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- Sequences step by 50 to match the JPA allocation size; starting at 50 makes the first ids 1..50.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    role           VARCHAR(16)  NOT NULL,
    username       VARCHAR(64),
    id_type        VARCHAR(16),
    id_number      VARCHAR(32),
    full_name      VARCHAR(200) NOT NULL,
    sex            VARCHAR(8),
    birth_date     DATE,
    phone          VARCHAR(20),
    email          VARCHAR(254),
    password_hash  VARCHAR(255) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_account_id_document UNIQUE (id_type, id_number),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT ck_account_role CHECK (role IN ('CANDIDATE', 'REVIEWER', 'ADMIN', 'OPERATOR')),
    CONSTRAINT ck_account_key CHECK (
        (role = 'CANDIDATE' AND id_type IS NOT NULL AND id_number IS NOT NULL AND username IS NULL)
        OR (role <> 'CANDIDATE' AND username IS NOT NULL))
);

CREATE TABLE login_failures (
    login_key        VARCHAR(200) NOT NULL PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE password_reset_code_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE password_reset_code (
    id               BIGINT      NOT NULL PRIMARY KEY,
    account_id       BIGINT      NOT NULL,
    code_hash        VARCHAR(64) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at          TIMESTAMP WITH TIME ZONE,
    failed_attempts  INTEGER     NOT NULL,
    CONSTRAINT fk_password_reset_code_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_password_reset_code_account ON password_reset_code (account_id, created_at);

CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id               BIGINT        NOT NULL PRIMARY KEY,
    channel          VARCHAR(16)   NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    body             VARCHAR(4000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000)
);
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
