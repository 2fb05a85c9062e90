-- Notifications become their own feature (decision 022): a notification names what it is about and links to it,
-- for any record, not only visits; each user chooses which kinds also come by e-mail. A budget draft is sent for
-- approval before it can be approved, and an approver may send it back with a comment.

ALTER TABLE notification ADD COLUMN subject VARCHAR(300);
ALTER TABLE notification ADD COLUMN subject_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notification ADD COLUMN detail VARCHAR(2000);
ALTER TABLE notification ADD COLUMN link VARCHAR(300);
UPDATE notification SET link = 'visits/' || visit_id,
    subject = (SELECT c.name FROM visit v JOIN customer c ON c.id = v.customer_id WHERE v.id = notification.visit_id),
    subject_at = (SELECT v.starts_at FROM visit v WHERE v.id = notification.visit_id)
WHERE visit_id IS NOT NULL;
ALTER TABLE notification DROP COLUMN visit_id;

CREATE TABLE notification_preference (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    employee_id BIGINT      NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    kind        VARCHAR(30) NOT NULL,
    CONSTRAINT notification_preference_uq UNIQUE (employee_id, kind)
);

ALTER TABLE budget ADD COLUMN sent_by VARCHAR(200);
ALTER TABLE budget ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE budget ADD COLUMN returned_by VARCHAR(200);
ALTER TABLE budget ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE budget ADD COLUMN return_comment VARCHAR(1000);
ALTER TABLE budget_aud ADD COLUMN sent_by VARCHAR;
ALTER TABLE budget_aud ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE budget_aud ADD COLUMN returned_by VARCHAR;
ALTER TABLE budget_aud ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE budget_aud ADD COLUMN return_comment VARCHAR;
