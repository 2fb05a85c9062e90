-- A seller's own published calendar (Outlook, Google: an iCalendar address) counts when someone books them
-- (decision 022): its address, and its busy times from yesterday to two months ahead as last read.

CREATE TABLE external_calendar (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    employee_id BIGINT        NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    url         VARCHAR(1000) NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    read_error  VARCHAR(300),
    CONSTRAINT external_calendar_employee_uq UNIQUE (employee_id)
);

CREATE TABLE external_busy (
    employee_id BIGINT NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX external_busy_employee_idx ON external_busy (employee_id, starts_at);
