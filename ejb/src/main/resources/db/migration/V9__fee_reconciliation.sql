-- Nightly fee reconciliation (issue 6): one run per statement reconciled (a restarted or resumed job continues the
-- same run), the provider's statement lines loaded in bulk, the lines that did not simply match, the unreadable lines.

CREATE SEQUENCE reconciliation_run_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE reconciliation_run (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    statement_day        DATE          NOT NULL,
    statement_file       VARCHAR(1000) NOT NULL,
    -- lines in the file but the header, counted when loading starts (the jobs page's progress bar)
    total_lines          BIGINT,
    -- the last line number loaded, written with each chunk: loading resumes after it
    loaded_through       BIGINT        NOT NULL DEFAULT 0,
    -- LOADING -> CLASSIFIED -> DONE; each step looks here first, so a resumed run never does a step twice
    status               VARCHAR(12)   NOT NULL,
    requested_by         VARCHAR(100)  NOT NULL,
    -- the Jakarta Batch execution working on the run now (a restart, or a new instance resuming it, replaces it)
    execution_id         BIGINT,
    -- written at every chunk: a RUNNING run whose heartbeat stopped lost its server
    heartbeat_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at          TIMESTAMP WITH TIME ZONE,
    -- the report, written by the last step
    loaded_lines         BIGINT,
    rejected_lines       BIGINT,
    matched              BIGINT,
    fixed                BIGINT,
    refunds              BIGINT,
    amount_mismatches    BIGINT,
    unknown_orders       BIGINT,
    missing_at_provider  BIGINT,
    not_payments         BIGINT,
    CONSTRAINT ck_reconciliation_run_status CHECK (status IN ('LOADING', 'CLASSIFIED', 'DONE'))
);
CREATE INDEX ix_reconciliation_run_day ON reconciliation_run (statement_day);

-- every well-formed statement line of a run; (run, line) is the key, so a chunk redone after a crash cannot load twice
CREATE TABLE statement_line (
    run_id          BIGINT       NOT NULL,
    line_no         BIGINT       NOT NULL,
    transaction_id  VARCHAR(64)  NOT NULL,
    order_no        VARCHAR(64)  NOT NULL,
    amount_fen      BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    paid_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_statement_line PRIMARY KEY (run_id, line_no)
);

-- what did not simply match: a statement line (kind LINE, ref_no = line number) or one of Baokao's payments the
-- provider does not list (kind RECORD, ref_no = payment_record id). PENDING lines are resolved one by one.
CREATE TABLE reconciliation_item (
    run_id          BIGINT       NOT NULL,
    kind            VARCHAR(8)   NOT NULL,
    ref_no          BIGINT       NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    transaction_id  VARCHAR(64)  NOT NULL,
    order_no        VARCHAR(64)  NOT NULL,
    amount_fen      BIGINT       NOT NULL,
    application_id  BIGINT,
    detail          VARCHAR(300),
    CONSTRAINT pk_reconciliation_item PRIMARY KEY (run_id, kind, ref_no),
    CONSTRAINT ck_reconciliation_item_kind CHECK (kind IN ('LINE', 'RECORD')),
    CONSTRAINT ck_reconciliation_item_outcome CHECK (outcome IN ('PENDING', 'MATCHED', 'FIXED', 'REFUND',
        'AMOUNT_MISMATCH', 'UNKNOWN_ORDER', 'MISSING_AT_PROVIDER', 'NOT_A_PAYMENT'))
);
CREATE INDEX ix_reconciliation_item_outcome ON reconciliation_item (run_id, outcome, ref_no);

-- lines the job could not read, kept with the reason (the skip listener writes them in the chunk's transaction)
CREATE TABLE statement_rejected_line (
    run_id   BIGINT        NOT NULL,
    line_no  BIGINT        NOT NULL,
    content  VARCHAR(1000) NOT NULL,
    reason   VARCHAR(300)  NOT NULL,
    CONSTRAINT pk_statement_rejected_line PRIMARY KEY (run_id, line_no)
);

-- "paid here but missing at the provider" looks for one day's payments
CREATE INDEX ix_payment_record_paid ON payment_record (paid_at);
