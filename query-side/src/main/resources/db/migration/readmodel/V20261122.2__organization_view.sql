-- Read model of organizations. Lineage columns say which event last shaped a row and which projector wrote it.
CREATE TABLE organization_view (
    organization_id      UUID        PRIMARY KEY,
    name                 TEXT        NOT NULL,
    default_currency     CHAR(3)     NOT NULL,
    registered_at        TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    aggregate_version    BIGINT      NOT NULL,
    last_global_position BIGINT      NOT NULL,
    last_event_id        TEXT        NOT NULL,
    projector_version    INTEGER     NOT NULL
);
