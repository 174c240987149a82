-- Places per site (issue 18, seed 000: the candidate chooses the site, and sites fill up). An administrator may give a
-- site, or a site and one subject, a number of places for a session. A submitted application holds one place in every
-- count that applies to it, from submission until it is withdrawn, refused or abandoned (the payment deadline passing
-- unpaid included).

CREATE SEQUENCE site_places_seq START WITH 1 INCREMENT BY 1;

-- subject_key is the subject's id, or 0 for the whole site: a unique key over a nullable column would let two
-- whole-site rows in. held is moved only by a conditional update ("held < places"), and the check below refuses
-- an overbooking even from a statement that forgot the condition.
CREATE TABLE site_places (
    id           BIGINT   NOT NULL PRIMARY KEY,
    session_id   BIGINT   NOT NULL,
    site_id      BIGINT   NOT NULL,
    subject_id   BIGINT,
    subject_key  BIGINT   NOT NULL,
    places       INTEGER  NOT NULL,
    held         INTEGER  NOT NULL,
    CONSTRAINT fk_site_places_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_site_places_site FOREIGN KEY (site_id) REFERENCES exam_site (id),
    CONSTRAINT fk_site_places_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT uq_site_places UNIQUE (session_id, site_id, subject_key),
    CONSTRAINT ck_site_places_counts CHECK (places >= 0 AND held >= 0 AND held <= places),
    CONSTRAINT ck_site_places_subject CHECK (subject_key = COALESCE(subject_id, 0))
);

-- which application holds a place in which count
CREATE TABLE place_hold (
    application_id  BIGINT   NOT NULL,
    places_id       BIGINT   NOT NULL,
    held_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_place_hold PRIMARY KEY (application_id, places_id),
    CONSTRAINT fk_place_hold_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_place_hold_places FOREIGN KEY (places_id) REFERENCES site_places (id) ON DELETE CASCADE
);
CREATE INDEX ix_place_hold_places ON place_hold (places_id);
