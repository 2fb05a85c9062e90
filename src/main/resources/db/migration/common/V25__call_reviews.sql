-- Call reviews (decision 024): a call may carry its recording — an uploaded audio file kept in the database in
-- chunks of at most 256 KB (so backups and every app node have it, and it is streamed chunk by chunk, never held
-- whole in memory), or a link the phone system gave — and leaders review calls with a scorecard of criteria
-- admins keep, each scored 1–5, with a comment the seller reads.

CREATE TABLE call_recording (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    activity_id  BIGINT        NOT NULL REFERENCES customer_activity (id) ON DELETE CASCADE,
    content_type VARCHAR(60),
    size_bytes   BIGINT,
    link         VARCHAR(1000),
    added_by_id  BIGINT        REFERENCES employee (id),
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT call_recording_activity_uq UNIQUE (activity_id),
    CONSTRAINT call_recording_kind_ck CHECK ((link IS NULL) <> (size_bytes IS NULL))
);

CREATE TABLE call_recording_chunk (
    recording_id BIGINT NOT NULL REFERENCES call_recording (id) ON DELETE CASCADE,
    seq          INT    NOT NULL,
    bytes        BYTEA  NOT NULL,
    PRIMARY KEY (recording_id, seq)
);

CREATE TABLE review_criterion (
    id       BIGINT       NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL DEFAULT 0,
    name     VARCHAR(100) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT review_criterion_name_uq UNIQUE (name)
);
INSERT INTO review_criterion (id, name, position)
VALUES (nextval('entity_seq'), 'Åpning', 1),
       (nextval('entity_seq'), 'Behovsavdekking', 2),
       (nextval('entity_seq'), 'Innvendinger', 3),
       (nextval('entity_seq'), 'Avslutning', 4);

CREATE TABLE call_review (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    activity_id BIGINT        NOT NULL REFERENCES customer_activity (id) ON DELETE CASCADE,
    reviewer_id BIGINT        NOT NULL REFERENCES employee (id),
    reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    comment     VARCHAR(2000),
    average     NUMERIC(3, 2) NOT NULL,
    CONSTRAINT call_review_uq UNIQUE (activity_id, reviewer_id)
);
CREATE INDEX call_review_activity_idx ON call_review (activity_id);

CREATE TABLE call_review_score (
    review_id    BIGINT NOT NULL REFERENCES call_review (id) ON DELETE CASCADE,
    criterion_id BIGINT NOT NULL REFERENCES review_criterion (id),
    score        INT    NOT NULL,
    PRIMARY KEY (review_id, criterion_id),
    CONSTRAINT call_review_score_ck CHECK (score BETWEEN 1 AND 5)
);

-- the calls with a recording, newest first, for the reviewers' lists
CREATE INDEX customer_activity_kind_time_idx ON customer_activity (kind, occurred_at);
