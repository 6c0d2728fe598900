-- Where each event went in Kafka: an auditor traces any event (by position or id) to its topic, partition and
-- offset. Written in the forwarder's transaction once the broker acknowledged; re-sends and re-publishes add rows.
CREATE TABLE kafka_record_trace (
    topic           TEXT        NOT NULL,
    kafka_partition INTEGER     NOT NULL,
    kafka_offset    BIGINT      NOT NULL,
    global_position BIGINT      NOT NULL,
    event_id        TEXT        NOT NULL,
    published_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    republish_id    UUID,
    PRIMARY KEY (topic, kafka_partition, kafka_offset)
);
CREATE INDEX kafka_record_trace_position ON kafka_record_trace (global_position);
CREATE INDEX kafka_record_trace_event ON kafka_record_trace (event_id);
