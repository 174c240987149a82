-- Walk-in registration at a desk (issue 20, seed 000 现场报名): review points that take walk-ins, exams that take
-- registration only at those points, desk operators (a staff scope DESK on a review point), the integrity pledge
-- signed on paper at the desk, and the admission ticket handed over at the desk.

-- a review point with a desk where candidates register in person
ALTER TABLE review_point ADD COLUMN takes_walk_ins BOOLEAN DEFAULT FALSE NOT NULL;
-- an exam session whose registration is taken only at the desks of its review points (refused online)
ALTER TABLE exam_session ADD COLUMN registration_at_desk_only BOOLEAN DEFAULT FALSE NOT NULL;

-- a desk operator is a staff account with a DESK scope on one review point
ALTER TABLE staff_scope DROP CONSTRAINT ck_staff_scope_type;
ALTER TABLE staff_scope ADD CONSTRAINT ck_staff_scope_type CHECK (scope_type IN ('REVIEW_POINT', 'SITE', 'REGION', 'DESK'));

-- 《考试诚信承诺书》 signed on paper at the desk: one per candidate and exam session, with who received it and how
CREATE TABLE desk_pledge (
    id               BIGINT        NOT NULL PRIMARY KEY,
    account_id       BIGINT        NOT NULL,
    session_id       BIGINT        NOT NULL,
    review_point_id  BIGINT        NOT NULL,
    received_as      VARCHAR(10)   NOT NULL,
    operator_id      BIGINT        NOT NULL,
    operator_name    VARCHAR(100)  NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_desk_pledge UNIQUE (account_id, session_id),
    CONSTRAINT fk_desk_pledge_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_desk_pledge_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_desk_pledge_point FOREIGN KEY (review_point_id) REFERENCES review_point (id),
    CONSTRAINT ck_desk_pledge_received CHECK (received_as IN ('PAPER', 'SCANNED'))
);

-- the fee taken at the desk: the payment record (source DESK) it became, with method, slip number and operator
CREATE TABLE desk_payment (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    application_id     BIGINT        NOT NULL,
    review_point_id    BIGINT        NOT NULL,
    order_no           VARCHAR(32)   NOT NULL,
    transaction_id     VARCHAR(64)   NOT NULL,
    method             VARCHAR(6)    NOT NULL,
    slip_number        VARCHAR(40)   NOT NULL,
    amount_fen         BIGINT        NOT NULL,
    operator_id        BIGINT        NOT NULL,
    operator_name      VARCHAR(100)  NOT NULL,
    taken_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_desk_payment_slip UNIQUE (review_point_id, slip_number),
    CONSTRAINT uq_desk_payment_transaction UNIQUE (transaction_id),
    CONSTRAINT fk_desk_payment_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT ck_desk_payment_method CHECK (method IN ('CASH', 'CARD')),
    CONSTRAINT ck_desk_payment_amount CHECK (amount_fen > 0)
);
CREATE INDEX ix_desk_payment_point_day ON desk_payment (review_point_id, taken_at);

-- the admission ticket printed and handed over at the desk: who, when, ID checked
CREATE TABLE ticket_handover (
    id               BIGINT        NOT NULL PRIMARY KEY,
    application_id   BIGINT        NOT NULL,
    operator_id      BIGINT        NOT NULL,
    operator_name    VARCHAR(100)  NOT NULL,
    id_checked       BOOLEAN       NOT NULL,
    handed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_ticket_handover_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT ck_ticket_handover_id CHECK (id_checked = TRUE)
);
CREATE INDEX ix_ticket_handover_application ON ticket_handover (application_id);
