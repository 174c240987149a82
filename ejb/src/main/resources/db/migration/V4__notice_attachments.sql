-- Attachments of exam notices (schedule, site list): the file itself, stored in the database so every
-- node of a cluster serves it. BYTEA is PostgreSQL's binary type and an alias H2 accepts.
CREATE TABLE notice_attachment (
    id            BIGINT       NOT NULL PRIMARY KEY,
    notice_id     BIGINT       NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    content       BYTEA        NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT fk_notice_attachment_notice FOREIGN KEY (notice_id) REFERENCES notice (id)
);
CREATE INDEX ix_notice_attachment_notice ON notice_attachment (notice_id);
