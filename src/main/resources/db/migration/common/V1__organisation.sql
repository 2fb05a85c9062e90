-- The sales organisation: divisions, departments, teams and employees.
-- Written in the SQL that both PostgreSQL and H2 (PostgreSQL mode) understand.

CREATE SEQUENCE entity_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE division (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(120) NOT NULL,
    country     VARCHAR(2),
    sector      VARCHAR(20),
    director_id BIGINT
);

CREATE TABLE department (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(120) NOT NULL,
    division_id BIGINT       NOT NULL REFERENCES division (id),
    manager_id  BIGINT
);

CREATE TABLE team (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    name                  VARCHAR(120) NOT NULL,
    department_id         BIGINT       NOT NULL REFERENCES department (id),
    leader_id             BIGINT,
    leader_has_own_budget BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE employee (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    version                  BIGINT       NOT NULL DEFAULT 0,
    username                 VARCHAR(60)  NOT NULL,
    full_name                VARCHAR(120) NOT NULL,
    email                    VARCHAR(200),
    sales_role               VARCHAR(30)  NOT NULL,
    team_id                  BIGINT REFERENCES team (id),
    active                   BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash            VARCHAR(100) NOT NULL,
    password_change_required BOOLEAN      NOT NULL DEFAULT FALSE,
    preferred_language       VARCHAR(10),
    CONSTRAINT employee_username_uq UNIQUE (username)
);

CREATE TABLE employee_served_team (
    employee_id BIGINT NOT NULL REFERENCES employee (id),
    team_id     BIGINT NOT NULL REFERENCES team (id),
    PRIMARY KEY (employee_id, team_id)
);

ALTER TABLE division ADD CONSTRAINT division_director_fk FOREIGN KEY (director_id) REFERENCES employee (id);
ALTER TABLE department ADD CONSTRAINT department_manager_fk FOREIGN KEY (manager_id) REFERENCES employee (id);
ALTER TABLE team ADD CONSTRAINT team_leader_fk FOREIGN KEY (leader_id) REFERENCES employee (id);

CREATE INDEX division_director_idx ON division (director_id);
CREATE INDEX department_division_idx ON department (division_id);
CREATE INDEX department_manager_idx ON department (manager_id);
CREATE INDEX team_department_idx ON team (department_id);
CREATE INDEX team_leader_idx ON team (leader_id);
CREATE INDEX employee_team_idx ON employee (team_id);
CREATE INDEX employee_served_team_team_idx ON employee_served_team (team_id);
