-- Global search (decision 022): a contact's phone number is also kept as digits, so "90012345" finds
-- "+47 900 12 345"; each user's last opened records are kept for the empty search field.

ALTER TABLE contact ADD COLUMN phone_digits VARCHAR(40);

CREATE TABLE recent_item (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    employee_id BIGINT      NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    kind        VARCHAR(20) NOT NULL,
    record_id   BIGINT      NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT recent_item_uq UNIQUE (employee_id, kind, record_id),
    CONSTRAINT recent_item_kind_ck CHECK (kind IN ('CUSTOMER', 'VISIT', 'DEAL'))
);
CREATE INDEX recent_item_employee_idx ON recent_item (employee_id, opened_at DESC);
