-- Axon's JDBC event store, owned by Flyway. Same shape as Axon's PostgresEventTableFactory, except that payload
-- and metadata are text: events are JSON an auditor can read with plain SQL, byte for byte as stored.
CREATE TABLE domainevententry (
    globalindex         BIGSERIAL    NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    timestamp           VARCHAR(255) NOT NULL,
    payloadtype         VARCHAR(255) NOT NULL,
    payloadrevision     VARCHAR(255),
    payload             TEXT         NOT NULL,
    metadata            TEXT,
    PRIMARY KEY (globalindex),
    UNIQUE (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            TEXT,
    payload             TEXT         NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);

CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokentype     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorname, segment)
);

-- Events are forever: the store only ever grows. Updates and deletes of stored events fail loudly.
CREATE FUNCTION ledger_refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stored events are immutable (% on %)', TG_OP, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER domainevententry_immutable
    BEFORE UPDATE OR DELETE ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_event_change();

-- The auditor's view: one row an event, payload and metadata as jsonb, time as timestamptz.
CREATE VIEW ledger_event_log AS
SELECT globalindex                AS global_position,
       eventidentifier            AS event_id,
       type                       AS aggregate_type,
       aggregateidentifier        AS aggregate_id,
       sequencenumber             AS sequence_number,
       timestamp::timestamptz     AS occurred_at,
       payloadtype                AS event_type,
       payloadrevision            AS event_revision,
       payload::jsonb             AS payload,
       metadata::jsonb            AS metadata,
       (payload::jsonb ->> 'organizationId')::uuid AS organization_id
FROM domainevententry;
