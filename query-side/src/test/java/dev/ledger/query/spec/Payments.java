package dev.ledger.query.spec;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A payments read model as a repository would declare it: the columns, the row, the query. */
final class Payments {

    static final Column<UUID> ORGANIZATION_ID = Column.uuid("organization_id");
    static final Column<UUID> ID = Column.uuid("id");
    static final Column<String> STATUS = Column.text("status");
    static final Column<Long> AMOUNT = Column.int64("amount_minor");
    static final Column<Instant> CREATED_AT = Column.instant("created_at");
    static final Column<String> REFERENCE = Column.text("reference").nullable();

    private Payments() {
    }

    record Row(UUID organizationId, UUID id, String status, long amountMinor, Instant createdAt, String reference) {
    }

    static ReadQuery<Row> query(String table) {
        return ReadQuery.of(table, List.of(ORGANIZATION_ID, ID, STATUS, AMOUNT, CREATED_AT, REFERENCE), ID,
                (row, number) -> new Row(ORGANIZATION_ID.read(row), ID.read(row), STATUS.read(row), AMOUNT.read(row),
                        CREATED_AT.read(row), REFERENCE.read(row)));
    }

    static String createTable(String table) {
        return """
                DROP TABLE IF EXISTS %1$s;
                CREATE TABLE %1$s (
                    organization_id uuid        NOT NULL,
                    id              uuid        PRIMARY KEY,
                    status          text        NOT NULL,
                    amount_minor    bigint      NOT NULL,
                    created_at      timestamptz NOT NULL,
                    reference       text
                );
                """.formatted(table);
    }
}
