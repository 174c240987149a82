-- The sandbox payment provider (issue 6): a stand-in for a third-party provider that runs inside Baokao. Its
-- table is its own; Baokao's payment orders never join it, so a real provider can replace it by configuration.
CREATE TABLE sandbox_trade (
    trade_no       VARCHAR(40)   NOT NULL PRIMARY KEY,
    merchant       VARCHAR(40)   NOT NULL,
    order_no       VARCHAR(64)   NOT NULL,
    amount_fen     BIGINT        NOT NULL,
    subject        VARCHAR(200)  NOT NULL,
    notify_url     VARCHAR(1000) NOT NULL,
    return_url     VARCHAR(1000) NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    transaction_id VARCHAR(40),
    paid_at        TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uq_sandbox_trade_order UNIQUE (merchant, order_no),
    CONSTRAINT uq_sandbox_trade_transaction UNIQUE (transaction_id),
    CONSTRAINT ck_sandbox_trade_status CHECK (status IN ('WAITING', 'PAID', 'CANCELLED', 'EXPIRED')),
    CONSTRAINT ck_sandbox_trade_amount CHECK (amount_fen > 0)
);
-- the daily statement reads one day's payments
CREATE INDEX ix_sandbox_trade_paid ON sandbox_trade (merchant, paid_at);
