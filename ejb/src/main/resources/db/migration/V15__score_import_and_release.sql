-- Scores after the exam (issue 17): the exam centre's result file imported by job score-import into the same
-- score_record rows the carry-over reads; every change of an imported score kept; release per session.

-- an imported score belongs to the application (and so the ticket) it was sat under; earlier records (before
-- Baokao, the demo's) have none. One score per application and subject: a re-import updates it.
ALTER TABLE score_record ADD COLUMN application_id BIGINT;
ALTER TABLE score_record ADD COLUMN session_id BIGINT;
ALTER TABLE score_record ADD COLUMN subject_id BIGINT;
ALTER TABLE score_record ADD COLUMN pass_mark DECIMAL(6,2);
-- the import run that wrote the score last
ALTER TABLE score_record ADD COLUMN import_run_id BIGINT;
ALTER TABLE score_record ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE score_record ADD CONSTRAINT uq_score_record_application_subject UNIQUE (application_id, subject_id);
ALTER TABLE score_record ADD CONSTRAINT fk_score_record_application FOREIGN KEY (application_id) REFERENCES application (id);
ALTER TABLE score_record ADD CONSTRAINT fk_score_record_session FOREIGN KEY (session_id) REFERENCES exam_session (id);
CREATE INDEX ix_score_record_session ON score_record (session_id, subject_id);

-- scores_released_at is the calendar's planned date, shown in advance; the scores themselves stay hidden until the
-- administrator releases them, at a time set then (results_release_at, null = not released). The candidates are
-- told once, after that time (results_announced_at).
ALTER TABLE exam_session ADD COLUMN results_release_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE exam_session ADD COLUMN results_announced_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE score_import_run_seq START WITH 1 INCREMENT BY 1;

-- one run per file imported; a restarted or resumed job continues the same run
CREATE TABLE score_import_run (
    id               BIGINT        NOT NULL PRIMARY KEY,
    file_name        VARCHAR(1000) NOT NULL,
    -- the name the operator gave (an upload's own name), shown on the report
    shown_name       VARCHAR(300)  NOT NULL,
    total_lines      BIGINT,
    -- the last line loaded, written with each chunk: loading resumes after it
    loaded_through   BIGINT        NOT NULL DEFAULT 0,
    -- LOADING -> APPLIED; the apply step looks here first, so a resumed run never applies twice
    status           VARCHAR(12)   NOT NULL,
    requested_by     VARCHAR(100)  NOT NULL,
    execution_id     BIGINT,
    heartbeat_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    inserted         BIGINT,
    updated          BIGINT,
    unchanged        BIGINT,
    skipped          BIGINT,
    CONSTRAINT ck_score_import_run_status CHECK (status IN ('LOADING', 'APPLIED'))
);

-- the well-formed lines of a run, before matching; (run, line) is the key, so a chunk redone cannot load twice
CREATE TABLE score_import_line (
    run_id          BIGINT       NOT NULL,
    line_no         BIGINT       NOT NULL,
    ticket_number   VARCHAR(60)  NOT NULL,
    id_number       VARCHAR(32)  NOT NULL,
    subject_code    VARCHAR(20)  NOT NULL,
    score           DECIMAL(6,2) NOT NULL,
    passed          BOOLEAN      NOT NULL,
    pass_mark       DECIMAL(6,2),
    CONSTRAINT pk_score_import_line PRIMARY KEY (run_id, line_no)
);

-- the loaded lines that name a ticket, its candidate and a subject sat, resolved once by the apply step (later lines
-- for the same application and subject point at the first: they are duplicates)
CREATE TABLE score_import_match (
    run_id          BIGINT       NOT NULL,
    line_no         BIGINT       NOT NULL,
    application_id  BIGINT       NOT NULL,
    subject_id      BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    session_id      BIGINT       NOT NULL,
    first_line      BIGINT       NOT NULL,
    CONSTRAINT pk_score_import_match PRIMARY KEY (run_id, line_no)
);

-- every line not imported, with its reason (a code, explained in the reader's language) and its content
CREATE TABLE score_import_skip (
    run_id    BIGINT        NOT NULL,
    line_no   BIGINT        NOT NULL,
    reason    VARCHAR(120)  NOT NULL,
    content   VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_score_import_skip PRIMARY KEY (run_id, line_no)
);

-- every change of an imported score: what it was, what it became, by which run
CREATE TABLE score_change (
    score_record_id  BIGINT       NOT NULL,
    run_id           BIGINT       NOT NULL,
    old_score        DECIMAL(6,2) NOT NULL,
    old_passed       BOOLEAN      NOT NULL,
    new_score        DECIMAL(6,2) NOT NULL,
    new_passed       BOOLEAN      NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_score_change PRIMARY KEY (score_record_id, run_id),
    CONSTRAINT fk_score_change_record FOREIGN KEY (score_record_id) REFERENCES score_record (id)
);

-- the public score query's rate limit: attempts per client address and per ID number, per hour
CREATE TABLE score_query_attempt (
    subject_key   VARCHAR(80)  NOT NULL,
    hour_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts      INTEGER      NOT NULL,
    CONSTRAINT pk_score_query_attempt PRIMARY KEY (subject_key, hour_start)
);
