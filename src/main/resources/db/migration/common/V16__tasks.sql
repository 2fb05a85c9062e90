-- One kind of task (decision 021): what, who, by when (a day, and a time where it has one), done, and where it
-- came from. A visit report's next steps and an account plan's actions become tasks, keeping their ids (all ids
-- come from entity_seq) and their change history, so links and history survive.

CREATE TABLE task (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    customer_id   BIGINT       REFERENCES customer (id),
    description   VARCHAR(500) NOT NULL,
    assignee_id   BIGINT       NOT NULL REFERENCES employee (id),
    created_by_id BIGINT       REFERENCES employee (id),
    due_date      DATE         NOT NULL,
    due_time      TIME,
    done          BOOLEAN      NOT NULL DEFAULT FALSE,
    done_at       TIMESTAMP WITH TIME ZONE,
    source        VARCHAR(20)  NOT NULL,
    source_id     BIGINT,
    carried_over  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT task_source_ck CHECK (source IN ('VISIT', 'PLAN', 'CALL', 'DEAL', 'MANUAL'))
);

CREATE INDEX task_assignee_idx ON task (assignee_id, done, due_date);
CREATE INDEX task_customer_idx ON task (customer_id, done, due_date);
CREATE INDEX task_source_idx ON task (source, source_id);

INSERT INTO task (id, version, customer_id, description, assignee_id, created_by_id, due_date, done, source, source_id,
                  created_at)
SELECT f.id, f.version, v.customer_id, f.description, f.owner_id, v.host_id, f.due_date, f.done, 'VISIT', f.visit_id,
       v.updated_at
FROM visit_follow_up f JOIN visit v ON v.id = f.visit_id;

INSERT INTO task (id, version, customer_id, description, assignee_id, due_date, done, source, source_id, carried_over,
                  created_at)
SELECT a.id, a.version, p.customer_id, a.description, a.owner_id, a.due_date, a.done, 'PLAN', a.plan_id,
       a.carried_over, p.updated_at
FROM plan_action a JOIN account_plan p ON p.id = a.plan_id;

CREATE TABLE task_aud (
    id                       BIGINT NOT NULL,
    rev                      BIGINT NOT NULL,
    revtype                  SMALLINT,
    customer_id              BIGINT,
    description              VARCHAR,
    assignee_id              BIGINT,
    created_by_id            BIGINT,
    due_date                 DATE,
    due_time                 TIME,
    done                     BOOLEAN,
    done_at                  TIMESTAMP WITH TIME ZONE,
    source                   VARCHAR(40),
    source_id                BIGINT,
    carried_over             BOOLEAN,
    created_at               TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev),
    CONSTRAINT task_aud_rev_fk FOREIGN KEY (rev) REFERENCES change_revision (id)
);

INSERT INTO task_aud (id, rev, revtype, customer_id, description, assignee_id, created_by_id, due_date, done, source,
                      source_id, carried_over)
SELECT f.id, f.rev, f.revtype, v.customer_id, f.description, f.owner_id, v.host_id, f.due_date, f.done, 'VISIT',
       f.visit_id, FALSE
FROM visit_follow_up_aud f LEFT JOIN visit v ON v.id = f.visit_id;

INSERT INTO task_aud (id, rev, revtype, customer_id, description, assignee_id, due_date, done, source, source_id,
                      carried_over)
SELECT a.id, a.rev, a.revtype, p.customer_id, a.description, a.owner_id, a.due_date, a.done, 'PLAN', a.plan_id,
       a.carried_over
FROM plan_action_aud a LEFT JOIN account_plan p ON p.id = a.plan_id;

CREATE INDEX task_aud_rev_idx ON task_aud (rev);
CREATE INDEX task_aud_source_idx ON task_aud (source, source_id);

-- The revisions that changed a follow-up or a plan action now name the task.
INSERT INTO change_revision_entity (revision_id, entity_name)
SELECT DISTINCT e.revision_id, 'no.kundeloft.task.Task' FROM change_revision_entity e
WHERE e.entity_name IN ('no.kundeloft.visit.FollowUp', 'no.kundeloft.plan.PlanAction');
DELETE FROM change_revision_entity WHERE entity_name IN ('no.kundeloft.visit.FollowUp', 'no.kundeloft.plan.PlanAction');

DROP TABLE visit_follow_up_aud;
DROP TABLE plan_action_aud;
DROP TABLE visit_follow_up;
DROP TABLE plan_action;
