-- A logged call names the contact, its outcome (one list wherever calls are logged), its length and, for
-- "not interested", the reason; its next step becomes a task (decision 021). A call without notes is fine.

ALTER TABLE customer_activity ADD COLUMN contact_id BIGINT REFERENCES contact (id) ON DELETE SET NULL;
ALTER TABLE customer_activity ADD COLUMN outcome VARCHAR(20);
ALTER TABLE customer_activity ADD COLUMN duration_minutes INT;
ALTER TABLE customer_activity ADD COLUMN reason VARCHAR(500);
ALTER TABLE customer_activity ADD COLUMN next_step_due DATE;
ALTER TABLE customer_activity ADD COLUMN next_step_time TIME;
ALTER TABLE customer_activity ALTER COLUMN text DROP NOT NULL;
ALTER TABLE customer_activity ADD CONSTRAINT customer_activity_outcome_ck CHECK (outcome IN
    ('NO_ANSWER', 'BUSY', 'VOICEMAIL', 'WRONG_NUMBER', 'REACHED', 'NOT_INTERESTED', 'CALL_BACK', 'MEETING_BOOKED', 'ORDER'));
ALTER TABLE customer_activity ADD CONSTRAINT customer_activity_duration_ck CHECK (duration_minutes BETWEEN 0 AND 600);
CREATE INDEX customer_activity_contact_idx ON customer_activity (contact_id);
