-- Forwarding spent half its time writing this table. Random event ids scattered each batch over a whole index, and
-- ON CONFLICT's speculative inserts cost a third more per row. An event id now finds its records through the event
-- store's unique eventidentifier and global_position. The key takes published_at so a topic recreated from offset 0
-- adds rows beside the old ones instead of failing or losing them, and inserts need no conflict handling.
DROP INDEX IF EXISTS kafka_record_trace_event;
ALTER TABLE kafka_record_trace DROP CONSTRAINT kafka_record_trace_pkey;
ALTER TABLE kafka_record_trace ADD PRIMARY KEY (topic, kafka_partition, kafka_offset, published_at);
