-- The change log: one row per committed change to a meeting, tariff or statement, written in the mutation's own
-- transaction (org.tradetalks.change.ChangeLog). Every replica delivers subscription events from it, in position
-- order, and a client resumes a subscription after the position of the last event it saw. Portable SQL (H2 and
-- PostgreSQL).

CREATE TABLE change_log (
    position     BIGINT      PRIMARY KEY,
    entity       VARCHAR(40) NOT NULL,
    entity_id    BIGINT      NOT NULL,
    kind         VARCHAR(10) NOT NULL,
    committed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT change_log_kind CHECK (kind IN ('CREATED', 'UPDATED', 'DELETED'))
);
-- Resumed subscriptions read one entity's changes after a position; the purge of old rows goes by time.
CREATE INDEX change_log_entity_position ON change_log (entity, position);
CREATE INDEX change_log_committed_at ON change_log (committed_at);

-- The last position handed out. A transaction takes its positions just before it commits, by updating this single
-- row, and holds the row's lock until it has committed: positions follow commit order and leave no gaps, so a
-- reader that has seen position n has seen every change before it.
CREATE TABLE change_log_head (
    id       INTEGER PRIMARY KEY,
    position BIGINT  NOT NULL,
    CONSTRAINT change_log_head_single_row CHECK (id = 1)
);
INSERT INTO change_log_head (id, position) VALUES (1, 0);
