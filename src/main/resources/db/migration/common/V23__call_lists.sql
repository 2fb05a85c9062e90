-- Call lists (campaigns): contacts that telesales sellers and meeting bookers call through, with a script, a
-- period, calling hours, the teams whose customers it draws on and the sellers meetings may be booked for
-- (decision 023). A contact may ask never to be called: the flag stays on the contact and keeps it off every list.

ALTER TABLE contact ADD COLUMN do_not_call BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE contact ADD COLUMN do_not_call_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE contact_aud ADD COLUMN do_not_call BOOLEAN;
ALTER TABLE contact_aud ADD COLUMN do_not_call_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE call_list (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    name          VARCHAR(120)  NOT NULL,
    script        VARCHAR(8000),
    owner_id      BIGINT        NOT NULL REFERENCES employee (id),
    starts_on     DATE          NOT NULL,
    ends_on       DATE          NOT NULL,
    calls_from    TIME          NOT NULL,
    calls_until   TIME          NOT NULL,
    retry_minutes INT           NOT NULL,
    max_tries     INT           NOT NULL,
    stopped_at    TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT call_list_period_ck CHECK (ends_on >= starts_on),
    CONSTRAINT call_list_hours_ck CHECK (calls_until > calls_from),
    CONSTRAINT call_list_retry_ck CHECK (retry_minutes BETWEEN 5 AND 10080),
    CONSTRAINT call_list_tries_ck CHECK (max_tries BETWEEN 1 AND 20)
);
CREATE INDEX call_list_owner_idx ON call_list (owner_id);

CREATE TABLE call_list_team (
    call_list_id BIGINT NOT NULL REFERENCES call_list (id) ON DELETE CASCADE,
    team_id      BIGINT NOT NULL REFERENCES team (id),
    PRIMARY KEY (call_list_id, team_id)
);

CREATE TABLE call_list_caller (
    call_list_id BIGINT NOT NULL REFERENCES call_list (id) ON DELETE CASCADE,
    employee_id  BIGINT NOT NULL REFERENCES employee (id),
    PRIMARY KEY (call_list_id, employee_id)
);
CREATE INDEX call_list_caller_employee_idx ON call_list_caller (employee_id);

CREATE TABLE call_list_seller (
    call_list_id BIGINT NOT NULL REFERENCES call_list (id) ON DELETE CASCADE,
    employee_id  BIGINT NOT NULL REFERENCES employee (id),
    PRIMARY KEY (call_list_id, employee_id)
);

-- One contact on one list: waiting (again after a no answer, from due_at), a call back reserved for the caller who
-- agreed it, or done. A caller holds the entry while calling it (claimed_by until claimed_until).
CREATE TABLE call_list_entry (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    call_list_id   BIGINT      NOT NULL REFERENCES call_list (id) ON DELETE CASCADE,
    customer_id    BIGINT      NOT NULL REFERENCES customer (id),
    contact_id     BIGINT      NOT NULL REFERENCES contact (id),
    state          VARCHAR(20) NOT NULL,
    tries          INT         NOT NULL DEFAULT 0,
    due_at         TIMESTAMP WITH TIME ZONE,
    reserved_for   BIGINT      REFERENCES employee (id),
    claimed_by     BIGINT      REFERENCES employee (id),
    claimed_until  TIMESTAMP WITH TIME ZONE,
    last_outcome   VARCHAR(20),
    last_called_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT call_list_entry_contact_uq UNIQUE (call_list_id, contact_id),
    CONSTRAINT call_list_entry_state_ck CHECK (state IN ('WAITING', 'CALL_BACK', 'DONE'))
);
CREATE INDEX call_list_entry_queue_idx ON call_list_entry (call_list_id, state, due_at);
CREATE INDEX call_list_entry_customer_idx ON call_list_entry (customer_id);
CREATE INDEX call_list_entry_contact_idx ON call_list_entry (contact_id);

ALTER TABLE customer_activity ADD COLUMN call_list_id BIGINT REFERENCES call_list (id) ON DELETE SET NULL;
CREATE INDEX customer_activity_call_list_idx ON customer_activity (call_list_id, occurred_at);
CREATE INDEX customer_activity_author_time_idx ON customer_activity (author_id, occurred_at);
