-- Forged or malformed payment notifications, counted per hour and reason instead of one audit row each: a flood of
-- them cannot flood the audit trail, and the evidence (how many, when, which order numbers they named) is kept.
CREATE TABLE refused_notification_tally (
    tally_key    VARCHAR(80)  NOT NULL PRIMARY KEY,
    hour_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(40)  NOT NULL,
    refusals     BIGINT       NOT NULL,
    first_order  VARCHAR(64),
    last_order   VARCHAR(64),
    first_from   VARCHAR(64),
    last_from    VARCHAR(64),
    last_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_refused_notification_tally_hour ON refused_notification_tally (hour_start);
