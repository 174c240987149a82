-- Fees (issue 6): Baokao's payment orders, every payment a provider reported, and refunds owed.

CREATE SEQUENCE payment_order_no_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE payment_order (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    order_no              VARCHAR(32)  NOT NULL,
    application_id        BIGINT       NOT NULL,
    -- the application's id while this order is its open one, else null: one open order per application
    open_for_application  BIGINT,
    amount_fen            BIGINT       NOT NULL,
    status                VARCHAR(12)  NOT NULL,
    trade_no              VARCHAR(64),
    pay_url               VARCHAR(500),
    -- where the order was placed, so a scheduled status query can ask the same provider
    provider_url          VARCHAR(300) NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at               TIMESTAMP WITH TIME ZONE,
    version               BIGINT       NOT NULL,
    CONSTRAINT uq_payment_order_no UNIQUE (order_no),
    CONSTRAINT uq_payment_order_open UNIQUE (open_for_application),
    CONSTRAINT ck_payment_order_status CHECK (status IN ('OPEN', 'PAID', 'SUPERSEDED', 'EXPIRED')),
    CONSTRAINT fk_payment_order_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_payment_order_application ON payment_order (application_id);
CREATE INDEX ix_payment_order_open ON payment_order (status, created_at);

-- one row per provider transaction, however often it is reported: the unique transaction id makes it idempotent
CREATE TABLE payment_record (
    id              BIGINT        NOT NULL PRIMARY KEY,
    transaction_id  VARCHAR(64)   NOT NULL,
    order_no        VARCHAR(32)   NOT NULL,
    application_id  BIGINT,
    amount_fen      BIGINT        NOT NULL,
    paid_at         TIMESTAMP WITH TIME ZONE,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    source          VARCHAR(12)   NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    detail          VARCHAR(500),
    CONSTRAINT uq_payment_record_transaction UNIQUE (transaction_id),
    CONSTRAINT ck_payment_record_outcome CHECK (outcome IN ('APPLIED', 'REFUND', 'EXCEPTION'))
);
CREATE INDEX ix_payment_record_application ON payment_record (application_id);

CREATE TABLE refund_request (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    payment_record_id  BIGINT       NOT NULL,
    application_id     BIGINT,
    amount_fen         BIGINT       NOT NULL,
    reason             VARCHAR(40)  NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_refund_request_payment UNIQUE (payment_record_id),
    CONSTRAINT fk_refund_request_payment FOREIGN KEY (payment_record_id) REFERENCES payment_record (id)
);
