-- Seat assignment and admission tickets (issue 7).

-- Later sittings (batches, 批次) of a subject. Sitting 1 is the subject's own starts_at; an exam that has more
-- candidates than seats defines sittings 2, 3... which are used in order when a site's seats are full (seed 002).
CREATE TABLE subject_sitting (
    id          BIGINT  NOT NULL PRIMARY KEY,
    subject_id  BIGINT  NOT NULL,
    sitting     INTEGER NOT NULL,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT  NOT NULL,
    CONSTRAINT uq_subject_sitting UNIQUE (subject_id, sitting),
    CONSTRAINT ck_subject_sitting_number CHECK (sitting >= 2),
    CONSTRAINT fk_subject_sitting_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
);

-- the exam-day rules printed on the ticket (考生须知), one paragraph per line; NULL prints the standard rules
ALTER TABLE exam_session ADD COLUMN exam_day_rules VARCHAR(4000);

-- the seat job reads one site's eligible applications at a time
CREATE INDEX ix_application_session_site ON application (session_id, site_id);

-- One admission ticket per application (a candidate applies once per session). The number is
-- SESSION-REGION-sequence, the sequence per session and region given in registration serial order; it never
-- changes once given. issue_version goes up when a ticket is re-issued: the QR tokens of older issues are refused.
CREATE TABLE admission_ticket (
    application_id  BIGINT      NOT NULL PRIMARY KEY,
    session_id      BIGINT      NOT NULL,
    region_id       BIGINT      NOT NULL,
    sequence_no     BIGINT      NOT NULL,
    ticket_number   VARCHAR(60) NOT NULL,
    issue_version   INTEGER     NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_admission_ticket_number UNIQUE (ticket_number),
    CONSTRAINT uq_admission_ticket_sequence UNIQUE (session_id, region_id, sequence_no),
    CONSTRAINT ck_admission_ticket_sequence CHECK (sequence_no BETWEEN 1 AND 99999999),
    CONSTRAINT ck_admission_ticket_version CHECK (issue_version >= 1),
    CONSTRAINT fk_admission_ticket_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_admission_ticket_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_admission_ticket_region FOREIGN KEY (region_id) REFERENCES region (id)
);

-- One seat per (application, subject): room, seat number and sitting. Seats are only ever added (late payers),
-- never moved. A seat of a room holds one candidate per start time (overlapping sittings are kept apart by the
-- assignment itself, com.baokao.seating.SeatPlan).
CREATE TABLE seat_assignment (
    application_id    BIGINT  NOT NULL,
    subject_id        BIGINT  NOT NULL,
    session_id        BIGINT  NOT NULL,
    site_id           BIGINT  NOT NULL,
    room_id           BIGINT  NOT NULL,
    seat_number       INTEGER NOT NULL,
    sitting           INTEGER NOT NULL,
    starts_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes  INTEGER NOT NULL,
    assigned_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_seat_assignment PRIMARY KEY (application_id, subject_id),
    CONSTRAINT uq_seat_assignment_seat UNIQUE (room_id, starts_at, seat_number),
    CONSTRAINT ck_seat_assignment_seat CHECK (seat_number >= 1 AND sitting >= 1 AND duration_minutes > 0),
    CONSTRAINT fk_seat_assignment_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_seat_assignment_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_seat_assignment_room FOREIGN KEY (room_id) REFERENCES room (id)
);
CREATE INDEX ix_seat_assignment_site ON seat_assignment (session_id, site_id);

-- (application, subject) pairs the last run could not seat, with the reason, for an administrator; replaced per
-- site on every run
CREATE TABLE unseated_candidate (
    application_id  BIGINT      NOT NULL,
    subject_id      BIGINT      NOT NULL,
    session_id      BIGINT      NOT NULL,
    site_id         BIGINT,
    serial_number   BIGINT      NOT NULL,
    reason          VARCHAR(20) NOT NULL,
    listed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_unseated_candidate PRIMARY KEY (application_id, subject_id),
    CONSTRAINT ck_unseated_candidate_reason CHECK (reason IN ('NO_SITE', 'NO_ROOM_AT_SITE', 'ALL_SITTINGS_FULL',
        'TIME_CLASH')),
    CONSTRAINT fk_unseated_candidate_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_unseated_candidate_session ON unseated_candidate (session_id, site_id);

-- The sign-in sheet (签到表) of one room at one sitting, as printed for exam-day staff. seat_count says how many
-- seats it lists: a late payer seated in the room makes the job render it again.
CREATE TABLE sign_in_sheet (
    session_id    BIGINT  NOT NULL,
    room_id       BIGINT  NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    site_id       BIGINT  NOT NULL,
    seat_count    INTEGER NOT NULL,
    pdf           BYTEA   NOT NULL,
    generated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sign_in_sheet PRIMARY KEY (session_id, room_id, starts_at),
    CONSTRAINT fk_sign_in_sheet_room FOREIGN KEY (room_id) REFERENCES room (id)
);
CREATE INDEX ix_sign_in_sheet_site ON sign_in_sheet (session_id, site_id);
