-- One data key per customer: the customer's personal data in events is encrypted with it (AES-256-GCM), and the
-- key itself is stored only wrapped by the master key from configuration, so a dump of this database reveals no
-- personal data. Forgetting a customer deletes its row; the events keep their bytes and read back erased.
CREATE TABLE personal_data_key (
    customer_id     UUID        PRIMARY KEY,
    key_id          UUID        NOT NULL UNIQUE,
    organization_id UUID        NOT NULL,
    -- Fingerprint of the master key that wrapped it: a wrong master key is reported as such, not as bad data.
    master_key_id   TEXT        NOT NULL,
    -- 12-byte IV, then the wrapped key and its 16-byte GCM tag.
    wrapped_key     BYTEA       NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- What is left of a destroyed key: when, why, and by which event. Never holds key material.
CREATE TABLE personal_data_key_tombstone (
    customer_id     UUID        PRIMARY KEY,
    key_id          UUID        UNIQUE,
    organization_id UUID        NOT NULL,
    ground          TEXT        NOT NULL,
    event_id        TEXT        NOT NULL,
    destroyed_at    TIMESTAMPTZ NOT NULL
);

-- Only the service's own role touches keys: the read roles of the read model get nothing here.
REVOKE ALL ON personal_data_key, personal_data_key_tombstone FROM PUBLIC;
