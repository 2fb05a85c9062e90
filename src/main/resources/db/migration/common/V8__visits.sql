-- Customer visits with their internal participants, attending contacts, follow-ups, in-app
-- notifications and private calendar feeds.

CREATE TABLE visit (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    customer_id   BIGINT        NOT NULL REFERENCES customer (id),
    host_id       BIGINT        NOT NULL REFERENCES employee (id),
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    mode          VARCHAR(20)   NOT NULL,
    location      VARCHAR(300),
    video_link    VARCHAR(500),
    purpose       VARCHAR(300)  NOT NULL,
    agenda        VARCHAR(4000),
    need          VARCHAR(2000),
    status        VARCHAR(20)   NOT NULL,
    booked_by_id  BIGINT        REFERENCES employee (id),
    summary       VARCHAR(4000),
    outcome       VARCHAR(20),
    debrief       VARCHAR(4000),
    ical_sequence INT           NOT NULL DEFAULT 0,
    updated_by    VARCHAR(200),
    updated_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT visit_ends_after_start CHECK (ends_at > starts_at)
);

CREATE INDEX visit_starts_idx ON visit (starts_at);
CREATE INDEX visit_customer_idx ON visit (customer_id, starts_at);
CREATE INDEX visit_host_idx ON visit (host_id, starts_at);

CREATE TABLE visit_participant (
    id           BIGINT      NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    visit_id     BIGINT      NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    employee_id  BIGINT      NOT NULL REFERENCES employee (id),
    status       VARCHAR(20) NOT NULL,
    CONSTRAINT visit_participant_uq UNIQUE (visit_id, employee_id)
);

CREATE INDEX visit_participant_employee_idx ON visit_participant (employee_id, status);

CREATE TABLE visit_contact (
    visit_id   BIGINT NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    contact_id BIGINT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (visit_id, contact_id)
);

CREATE TABLE visit_follow_up (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    visit_id    BIGINT        NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    description VARCHAR(500)  NOT NULL,
    owner_id    BIGINT        NOT NULL REFERENCES employee (id),
    due_date    DATE          NOT NULL,
    done        BOOLEAN       NOT NULL DEFAULT FALSE
);

CREATE INDEX visit_follow_up_visit_idx ON visit_follow_up (visit_id);
CREATE INDEX visit_follow_up_owner_idx ON visit_follow_up (owner_id, done, due_date);

CREATE TABLE notification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    recipient_id BIGINT        NOT NULL REFERENCES employee (id),
    visit_id     BIGINT        REFERENCES visit (id) ON DELETE CASCADE,
    kind         VARCHAR(30)   NOT NULL,
    actor_name   VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX notification_recipient_idx ON notification (recipient_id, read_at, created_at);
