-- Named views of the customer list (its filters and sort as the address keeps them), personal or shared by a
-- team leader with the team.

CREATE TABLE saved_view (
    id         BIGINT        NOT NULL PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    owner_id   BIGINT        NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    team_id    BIGINT        REFERENCES team (id) ON DELETE CASCADE,
    name       VARCHAR(100)  NOT NULL,
    query      VARCHAR(1000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT saved_view_name_uq UNIQUE (owner_id, name)
);
CREATE INDEX saved_view_team_idx ON saved_view (team_id);
