-- Re-publish jobs: history re-sent to Kafka from a global position, for one tenant or all, with their progress.
CREATE TABLE stream_republish (
    republish_id    UUID        PRIMARY KEY,
    state           TEXT        NOT NULL,
    from_position   BIGINT      NOT NULL,
    to_position     BIGINT      NOT NULL,
    organization_id UUID,
    topic           TEXT,
    events_scanned  BIGINT      NOT NULL,
    events_sent     BIGINT      NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    node            TEXT        NOT NULL,
    failure         TEXT
);
