-- Certificates (issue 17, seed 002 "证书领取方式"): the candidate's choice of self pick-up or postal delivery
-- (cash on delivery), the certificate numbers (issued once, never reused), shipping and pick-up at the desk.

-- per session: the number format, the next serial (the counter, only ever moved up under the row lock), the pick-up
-- opening hours shown with the site's address, and whether the administrator has closed the choice
CREATE TABLE certificate_settings (
    session_id        BIGINT        NOT NULL PRIMARY KEY,
    number_pattern    VARCHAR(60)   NOT NULL,
    next_serial       BIGINT        NOT NULL,
    pickup_hours      VARCHAR(200),
    choice_closed_at  TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_certificate_settings_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT ck_certificate_settings_serial CHECK (next_serial >= 1)
);

-- one choice per application; the address only for postal delivery
CREATE TABLE certificate_delivery (
    application_id    BIGINT        NOT NULL PRIMARY KEY,
    session_id        BIGINT        NOT NULL,
    account_id        BIGINT        NOT NULL,
    method            VARCHAR(10)   NOT NULL,
    recipient         VARCHAR(30),
    phone             VARCHAR(20),
    province          VARCHAR(20),
    city              VARCHAR(30),
    district          VARCHAR(30),
    detail            VARCHAR(120),
    postcode          VARCHAR(6),
    chosen_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    tracking_number   VARCHAR(40),
    shipped_at        TIMESTAMP WITH TIME ZONE,
    shipped_by        VARCHAR(100),
    picked_up_at      TIMESTAMP WITH TIME ZONE,
    picked_up_by      VARCHAR(100),
    pickup_note       VARCHAR(200),
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_certificate_delivery_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_certificate_delivery_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT ck_certificate_delivery_method CHECK (method IN ('PICKUP', 'POST')),
    CONSTRAINT ck_certificate_delivery_address CHECK (method = 'PICKUP' OR (recipient IS NOT NULL AND phone IS NOT NULL
        AND province IS NOT NULL AND city IS NOT NULL AND district IS NOT NULL AND detail IS NOT NULL
        AND postcode IS NOT NULL))
);
CREATE INDEX ix_certificate_delivery_session ON certificate_delivery (session_id, method);

-- a number per passed candidate, issued once: the application, the number and the session's serial are each unique,
-- so a retried or concurrent issue cannot give a second number, and a number is never given twice
CREATE TABLE issued_certificate (
    application_id      BIGINT        NOT NULL PRIMARY KEY,
    session_id          BIGINT        NOT NULL,
    serial              BIGINT        NOT NULL,
    certificate_number  VARCHAR(60)   NOT NULL,
    issued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by           VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_issued_certificate_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_issued_certificate_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT uq_issued_certificate_number UNIQUE (certificate_number),
    CONSTRAINT uq_issued_certificate_serial UNIQUE (session_id, serial)
);
