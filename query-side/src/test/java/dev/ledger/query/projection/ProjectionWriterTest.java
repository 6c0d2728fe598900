package dev.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.query.ReadModelDatabase;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class ProjectionWriterTest {

    private static final String APPEND = "UPDATE writer_probe SET history = history || :v WHERE id = :id";
    private static final String APPEND_UPPER = "UPDATE writer_probe SET history = history || upper(:v) WHERE id = :id";
    private static final String INSERT = "INSERT INTO writer_probe (id, history) VALUES (:id, '')";

    /** Rows enough for one bulk statement a wave. */
    private static final int MANY = BulkUpdate.MIN_ROWS + 2;

    private final JdbcClient jdbc = ReadModelDatabase.jdbc();
    private final ProjectionWriter writer = new ProjectionWriter(new NamedParameterJdbcTemplate(ReadModelDatabase.dataSource()));

    @BeforeEach
    void aFreshTable() {
        jdbc.sql("DROP TABLE IF EXISTS writer_probe").update();
        jdbc.sql("CREATE TABLE writer_probe (id int PRIMARY KEY, history text NOT NULL)").update();
    }

    @Test
    void statementsForDifferentRowsAreBatchedWhileEachRowSeesItsOwnInOrder() {
        inOneUnitOfWork(w -> {
            row(w, INSERT, 1, null);
            row(w, INSERT, 2, null);
            row(w, APPEND, 1, "a");
            row(w, APPEND, 2, "x");
            row(w, APPEND_UPPER, 1, "b");
            row(w, APPEND, 1, "c");
            row(w, APPEND_UPPER, 2, "y");
            row(w, APPEND, 1, "d");
        });

        assertThat(histories()).containsExactlyInAnyOrderEntriesOf(Map.of(1, "aBcd", 2, "xY"));
    }

    @Test
    void aStatementWithoutARowKeepsItsPlaceBetweenTheOthers() {
        inOneUnitOfWork(w -> {
            row(w, INSERT, 1, null);
            row(w, APPEND, 1, "a");
            w.sql("UPDATE writer_probe SET history = history || '|'").update();
            row(w, INSERT, 2, null);
            row(w, APPEND, 2, "x");
            row(w, APPEND, 1, "b");
        });

        assertThat(histories()).containsExactlyInAnyOrderEntriesOf(Map.of(1, "a|b", 2, "x"));
    }

    @Test
    void aBatchBindsEachRowByNameWhateverOrderItsParametersCameIn() {
        String twice = "UPDATE writer_probe SET history = history || :v || '-' || :v WHERE id = :id";
        inOneUnitOfWork(w -> {
            for (int id = 1; id <= 3; id++) {
                row(w, INSERT, id, null);
            }
            w.sql(twice).param("id", 1).param("v", "a").forRow(1).update();
            w.sql(twice).param("v", "b").param("id", 2).forRow(2).update();
            // Given twice, the last value counts, as in a map of parameters.
            w.sql(twice).param("v", "lost").param("id", 3).param("v", "c").forRow(3).update();
            w.sql(twice).param("id", 1).param("v", "d").forRow(1).update();
        });

        assertThat(histories()).containsExactlyInAnyOrderEntriesOf(Map.of(1, "a-ad-d", 2, "b-b", 3, "c-c"));
    }

    @Test
    void valuesTypedAndUntypedAndTheirNullsAreBoundAsTheTemplateBindsThem() {
        jdbc.sql("DROP TABLE IF EXISTS typed_probe").update();
        jdbc.sql("CREATE TABLE typed_probe (id int PRIMARY KEY, ref uuid, at timestamptz, amount bigint, code char(3), note text)")
                .update();
        UUID ref = UUID.fromString("6f1c3a52-6a1e-4c4b-9a55-3f2b7a1c0d11");
        OffsetDateTime at = OffsetDateTime.parse("2026-12-07T10:15:30.123Z");
        String insert = "INSERT INTO typed_probe VALUES (:id, :ref, :at, :amount, :code, :note)";
        inOneUnitOfWork(w -> {
            w.sql(insert).param("id", 1).param("ref", ref, Types.OTHER).param("at", at, Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("amount", 5L, Types.BIGINT).param("code", "EUR", Types.CHAR).param("note", "n", Types.VARCHAR)
                    .forRow(1).update();
            w.sql(insert).param("id", 2).param("ref", null, Types.OTHER).param("at", null)
                    .param("amount", null, Types.BIGINT).param("code", null).param("note", null)
                    .forRow(2).update();
        });

        assertThat(jdbc.sql("SELECT ref, at, amount, code, note FROM typed_probe WHERE id = 1")
                .query((row, n) -> List.of(row.getObject(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getLong(3), row.getString(4), row.getString(5))).single())
                .containsExactly(ref, at.toInstant(), 5L, "EUR", "n");
        assertThat(jdbc.sql("SELECT num_nulls(ref, at, amount, code, note) FROM typed_probe WHERE id = 2")
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void manyRowsUpdateInOneStatementAWaveWhileEachRowSeesItsOwnInOrder() {
        countUpdateStatements("writer_probe");
        inOneUnitOfWork(w -> {
            for (int id = 1; id <= MANY; id++) {
                row(w, INSERT, id, null);
            }
            for (String value : List.of("a", "b", "c")) {
                for (int id = 1; id <= MANY; id++) {
                    row(w, APPEND, id, value + id % 2);
                }
            }
            row(w, APPEND, 7, "z");
        });

        assertThat(histories()).hasSize(MANY).containsEntry(1, "a1b1c1").containsEntry(2, "a0b0c0")
                .containsEntry(7, "a1b1c1z");
        // Three waves of all rows, then row 7's fourth update alone (a wave too small for one statement).
        assertThat(updateStatements()).isEqualTo(4);
    }

    @Test
    void aBulkUpdateStoresWhatTheSameUpdatesRunOneByOneStore() {
        jdbc.sql("DROP TABLE IF EXISTS typed_probe").update();
        jdbc.sql("CREATE TABLE typed_probe (id int PRIMARY KEY, ref uuid, at timestamptz, amount bigint, code char(4), "
                + "note text, flag boolean, total numeric(12, 2), gone text, local timestamp)").update();
        jdbc.sql("INSERT INTO typed_probe (id, gone) SELECT n, 'x' FROM generate_series(1, ?) n "
                + "UNION ALL SELECT n + 100, 'x' FROM generate_series(1, ?) n").params(MANY, MANY).update();
        countUpdateStatements("typed_probe");
        UUID ref = UUID.fromString("6f1c3a52-6a1e-4c4b-9a55-3f2b7a1c0d11");
        String update = "UPDATE typed_probe SET ref = :ref, at = :at, amount = :amount + coalesce(amount, 0), "
                + "code = :code, note = :note || '|' || :note, flag = :flag, total = :total, gone = :gone, "
                + "local = :local WHERE id = :id";
        BiConsumer<ProjectionWriter, Integer> set = (w, id) -> {
            int n = id % 100;
            boolean odd = n % 2 == 1;
            // Nanoseconds the driver rounds to microseconds half up, where PostgreSQL would round 4.5 µs to even.
            OffsetDateTime at = OffsetDateTime.parse("2026-12-07T10:15:30Z").plusNanos(n * 1_000L + 1_500);
            w.sql(update).param("id", id).param("ref", odd ? ref : null, Types.OTHER)
                    .param("at", odd ? at : null, Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("amount", (long) n, Types.BIGINT).param("code", odd ? "N\"L'" : "NULL", Types.CHAR)
                    .param("note", "it's \\ \"n\", {" + n + "}").param("flag", odd ? Boolean.TRUE : null)
                    .param("total", new BigDecimal("1E+2")).param("gone", null)
                    .param("local", at.toLocalDateTime()).forRow(id).update();
        };
        inOneUnitOfWork(w -> IntStream.rangeClosed(1, MANY).forEach(id -> set.accept(w, id)),
                () -> assertThat(updateStatements()).isZero());
        assertThat(updateStatements()).isEqualTo(1);
        IntStream.rangeClosed(101, 100 + MANY).forEach(id -> set.accept(writer, id)); // no unit of work: one by one

        assertThat(updateStatements()).isEqualTo(1 + MANY);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM typed_probe a JOIN typed_probe b ON b.id = a.id + 100
                 WHERE (a.ref, a.at, a.amount, a.code, a.note, a.flag, a.total, a.gone, a.local)
                       IS NOT DISTINCT FROM (b.ref, b.at, b.amount, b.code, b.note, b.flag, b.total, b.gone, b.local)""")
                .query(Long.class).single()).isEqualTo(MANY);
        assertThat(jdbc.sql("SELECT ref, at, amount, code, note, flag, total FROM typed_probe WHERE id = 3")
                .query((row, n) -> List.of(row.getObject(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getLong(3), row.getString(4), row.getString(5), row.getBoolean(6), row.getBigDecimal(7)))
                .single())
                .containsExactly(ref, Instant.parse("2026-12-07T10:15:30.000005Z"), 3L, "N\"L'",
                        "it's \\ \"n\", {3}|it's \\ \"n\", {3}", true, new BigDecimal("100.00"));
        assertThat(jdbc.sql("SELECT at, code, num_nulls(ref, at, flag, gone) FROM typed_probe WHERE id = 4")
                .query((row, n) -> List.of(String.valueOf(row.getObject(1)), row.getString(2), row.getInt(3))).single())
                .containsExactly("null", "NULL", 4);
        assertThat(jdbc.sql("SELECT at FROM typed_probe WHERE id = 5").query(OffsetDateTime.class).single().toInstant())
                .isEqualTo(Instant.parse("2026-12-07T10:15:30.000007Z"));
    }

    @Test
    void aBulkUpdateLeavesARowAloneWhenItsGuardSaysNoInAnyWave() {
        jdbc.sql("ALTER TABLE writer_probe ADD COLUMN version int NOT NULL DEFAULT 0").update();
        jdbc.sql("INSERT INTO writer_probe (id, history, version) SELECT n, '', 5 FROM generate_series(1, ?) n")
                .param(MANY).update();
        countUpdateStatements("writer_probe");
        String guarded = "UPDATE writer_probe SET history = history || :v, version = :version "
                + "WHERE id = :id AND version < :version";
        inOneUnitOfWork(w -> {
            for (int id = 1; id <= MANY; id++) {
                w.sql(guarded).param("id", id).param("v", "x").param("version", id).forRow(id).update();
            }
            for (int id = 1; id <= MANY; id++) {
                // A replay of the same version, then an older one: neither changes anything.
                w.sql(guarded).param("id", id).param("v", "y").param("version", id).forRow(id).update();
                w.sql(guarded).param("id", id).param("v", "z").param("version", id - 1).forRow(id).update();
            }
        }, () -> assertThat(updateStatements()).isZero());

        assertThat(histories()).containsEntry(1, "").containsEntry(5, "").containsEntry(6, "x").containsEntry(10, "x");
        assertThat(updateStatements()).isEqualTo(3);
    }

    @Test
    void aParameterWithoutAValueIsRefusedNamingIt() {
        assertThatThrownBy(() -> inOneUnitOfWork(w -> {
            row(w, INSERT, 1, null);
            w.sql(APPEND).param("id", 1).forRow(1).update();
        })).hasMessageContaining("'v'");
        assertThat(histories()).isEmpty();
    }

    private static void row(ProjectionWriter w, String sql, int id, String value) {
        ProjectionWriter.Statement statement = w.sql(sql).param("id", id);
        if (value != null) {
            statement.param("v", value);
        }
        statement.forRow(id).update();
    }

    private void inOneUnitOfWork(Consumer<ProjectionWriter> work) {
        inOneUnitOfWork(work, () -> assertThat(jdbc.sql("SELECT count(*) FROM writer_probe").query(Long.class).single())
                .isZero());
    }

    /** Runs the work in a unit of work; {@code beforeCommit} checks that nothing was written before it commits. */
    private void inOneUnitOfWork(Consumer<ProjectionWriter> work, Runnable beforeCommit) {
        new TransactionTemplate(ReadModelDatabase.transactions()).executeWithoutResult(status -> {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            work.accept(writer);
            beforeCommit.run();
            unitOfWork.commit();
        });
    }

    /** Counts the UPDATE statements run on a table (not the rows they change). */
    private void countUpdateStatements(String table) {
        jdbc.sql("CREATE TABLE IF NOT EXISTS writer_probe_statements (n int NOT NULL)").update();
        jdbc.sql("TRUNCATE writer_probe_statements").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION writer_probe_count() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO writer_probe_statements VALUES (1); RETURN NULL; END $$""").update();
        jdbc.sql("CREATE TRIGGER count_updates AFTER UPDATE ON " + table + " FOR EACH STATEMENT "
                + "EXECUTE FUNCTION writer_probe_count()").update();
    }

    private long updateStatements() {
        return jdbc.sql("SELECT count(*) FROM writer_probe_statements").query(Long.class).single();
    }

    private Map<Integer, String> histories() {
        return jdbc.sql("SELECT id, history FROM writer_probe").query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
