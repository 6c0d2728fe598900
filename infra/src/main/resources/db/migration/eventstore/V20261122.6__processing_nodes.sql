-- Service instances sharing the event processors announce themselves here, so each can take a fair share of the
-- segments (segments / live instances) and hand the rest to the others.
CREATE TABLE processing_node (
    node_id      TEXT        PRIMARY KEY,
    heartbeat_at TIMESTAMPTZ NOT NULL
);
