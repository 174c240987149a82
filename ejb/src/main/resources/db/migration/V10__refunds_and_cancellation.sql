-- Fees (issue 6): refunds carried out at the provider, and cancellation of an exam session or one subject of it.

-- a cancelled session or subject stays in the catalogue (applications and payments point at it), marked cancelled
ALTER TABLE exam_session ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE exam_session ADD COLUMN cancel_reason VARCHAR(500);
ALTER TABLE subject ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE subject ADD COLUMN cancel_reason VARCHAR(500);
CREATE INDEX ix_application_subject_subject ON application_subject (subject_id);

-- A payment record can now owe more than one refund (one per cancelled subject, then the rest when the session is
-- cancelled): the refund's cause, not its payment, is unique. PAYMENT:{record} for money that arrived when it
-- should not have, SESSION:{record} for a cancelled session, SUBJECT:{subject}:{application} for a cancelled subject.
ALTER TABLE refund_request ADD COLUMN refund_key VARCHAR(80);
UPDATE refund_request SET refund_key = 'PAYMENT:' || CAST(payment_record_id AS VARCHAR(20));
ALTER TABLE refund_request ALTER COLUMN refund_key SET NOT NULL;
ALTER TABLE refund_request DROP CONSTRAINT uq_refund_request_payment;
ALTER TABLE refund_request ADD CONSTRAINT uq_refund_request_key UNIQUE (refund_key);
CREATE INDEX ix_refund_request_payment ON refund_request (payment_record_id);
CREATE INDEX ix_refund_request_application ON refund_request (application_id);

ALTER TABLE refund_request ADD COLUMN subject_id BIGINT;
-- failed attempts so far, when the next may be made, and what the last one met
ALTER TABLE refund_request ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE refund_request ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE refund_request ADD COLUMN last_error VARCHAR(500);
-- what the provider answered once it refunded
ALTER TABLE refund_request ADD COLUMN provider_refund_id VARCHAR(64);
ALTER TABLE refund_request ADD COLUMN refunded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE refund_request ADD COLUMN finished_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE refund_request ADD CONSTRAINT ck_refund_request_status CHECK (status IN ('QUEUED', 'DONE', 'FAILED'));
ALTER TABLE refund_request ADD CONSTRAINT ck_refund_request_reason CHECK (reason IN ('PAID_TWICE', 'NOT_PAYABLE',
    'PAID_AFTER_DEADLINE', 'SESSION_CANCELLED', 'SUBJECT_CANCELLED'));
ALTER TABLE refund_request ADD CONSTRAINT ck_refund_request_amount CHECK (amount_fen > 0);
ALTER TABLE refund_request ADD CONSTRAINT ck_refund_request_done
    CHECK (status <> 'DONE' OR (provider_refund_id IS NOT NULL AND refunded_at IS NOT NULL));
ALTER TABLE refund_request ADD CONSTRAINT ck_refund_request_attempts CHECK (attempts >= 0);
-- the executor reads the queue in id order
CREATE INDEX ix_refund_request_queue ON refund_request (status, id);

-- The sandbox provider's refunds: its own table, like sandbox_trade. refund_no is the merchant's, unique per merchant,
-- so the same refund asked twice is made once.
CREATE TABLE sandbox_refund (
    refund_id       VARCHAR(40)   NOT NULL PRIMARY KEY,
    merchant        VARCHAR(40)   NOT NULL,
    refund_no       VARCHAR(64)   NOT NULL,
    trade_no        VARCHAR(40)   NOT NULL,
    transaction_id  VARCHAR(40)   NOT NULL,
    amount_fen      BIGINT        NOT NULL,
    reason          VARCHAR(200),
    status          VARCHAR(12)   NOT NULL,
    refunded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_sandbox_refund_no UNIQUE (merchant, refund_no),
    CONSTRAINT fk_sandbox_refund_trade FOREIGN KEY (trade_no) REFERENCES sandbox_trade (trade_no),
    CONSTRAINT ck_sandbox_refund_status CHECK (status IN ('REFUNDED')),
    CONSTRAINT ck_sandbox_refund_amount CHECK (amount_fen > 0)
);
CREATE INDEX ix_sandbox_refund_trade ON sandbox_refund (trade_no);
