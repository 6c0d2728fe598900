-- Progress of projection rebuilds, written by whichever instance runs one so that every instance can report it.
CREATE TABLE projection_rebuild (
    projection        TEXT             PRIMARY KEY,
    state             TEXT             NOT NULL,
    events_done       BIGINT           NOT NULL,
    events_total      BIGINT           NOT NULL,
    events_per_second DOUBLE PRECISION NOT NULL,
    remaining_ms      BIGINT,
    started_at        TIMESTAMPTZ      NOT NULL,
    updated_at        TIMESTAMPTZ      NOT NULL,
    node              TEXT             NOT NULL,
    failure           TEXT
);
