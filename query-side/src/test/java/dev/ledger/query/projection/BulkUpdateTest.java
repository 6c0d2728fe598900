package dev.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.SqlParameterValue;

class BulkUpdateTest {

    @Test
    void eachMarkReadsItsColumnOfTheJoinedRowsAndAColumnWithoutValuesIsNull() {
        BulkUpdate refund = BulkUpdate.of("UPDATE o SET refunded = ?, note = ?, status = CASE WHEN ? >= captured "
                + "THEN 'R' ELSE 'P' END, version = ? WHERE id = ? AND version < ?",
                new String[] {"refunded", "note", "refunded", "version", "id", "version"}).orElseThrow();

        assertThat(refund.sqlFor(new String[] {"int8", BulkUpdate.UNTYPED, "int8", "uuid"}))
                .isEqualTo("UPDATE o SET refunded = batch_rows.value_0, note = NULL, status = CASE WHEN "
                        + "batch_rows.value_0 >= captured THEN 'R' ELSE 'P' END, version = batch_rows.value_2 "
                        + "FROM unnest(?, ?, ?) AS batch_rows (value_0, value_2, value_3) "
                        + "WHERE id = batch_rows.value_3 AND version < batch_rows.value_2");
    }

    @Test
    void aPlainUpdateWithAWhereHasABulkForm() {
        assertThat(BulkUpdate.of("UPDATE t SET a = ?, b = CASE WHEN ? > c THEN 'x(' ELSE 'WHERE' END WHERE id = ?",
                new String[] {"a", "b", "id"})).isPresent();
        assertThat(BulkUpdate.of("update t set a = (select max(x) from u where u.k = ?) where id = ?",
                new String[] {"a", "id"})).isPresent();
    }

    @Test
    void statementsItCannotFollowKeepTheirPlainBatch() {
        String[] one = {"id"};
        assertThat(BulkUpdate.of("INSERT INTO t VALUES (?)", one)).isEmpty();
        assertThat(BulkUpdate.of("UPDATE t SET a = 1 FROM u WHERE t.id = ?", one)).isEmpty();
        // Every joined row would change the same targets.
        assertThat(BulkUpdate.of("UPDATE t SET a = ? WHERE b = 1", new String[] {"a"})).isEmpty();
        assertThat(BulkUpdate.of("UPDATE t SET a = 1 WHERE id = ? RETURNING a", one)).isEmpty();
        assertThat(BulkUpdate.of("UPDATE t SET a = 1", new String[0])).isEmpty();
        assertThat(BulkUpdate.of("UPDATE t SET a = E'\\\\?' WHERE id = ?", one)).isEmpty();
        assertThat(BulkUpdate.of("UPDATE t SET a = 1 WHERE id = ? -- why", one)).isEmpty();
        assertThat(BulkUpdate.of("UPDATE t SET a = $$x$$ WHERE id = ?", one)).isEmpty();
        // A mark the names do not account for (a jsonb operator, say): the count differs.
        assertThat(BulkUpdate.of("UPDATE t SET a = 1 WHERE doc ? 'k' AND id = ?", one)).isEmpty();
    }

    @Test
    void eachValueTakesTheTypeTheDriverGivesItAlone() {
        assertThat(BulkUpdate.typeOf("x")).isEqualTo("varchar");
        assertThat(BulkUpdate.typeOf(1L)).isEqualTo("int8");
        assertThat(BulkUpdate.typeOf(1)).isEqualTo("int4");
        assertThat(BulkUpdate.typeOf(UUID.randomUUID())).isEqualTo("uuid");
        assertThat(BulkUpdate.typeOf(new SqlParameterValue(Types.CHAR, "EUR"))).isEqualTo("bpchar");
        assertThat(BulkUpdate.typeOf(new SqlParameterValue(Types.BIGINT, 5L))).isEqualTo("int8");
        // The driver binds a typed null as it binds an untyped one.
        assertThat(BulkUpdate.typeOf(new SqlParameterValue(Types.BIGINT, null))).isEqualTo(BulkUpdate.UNTYPED);
        assertThat(BulkUpdate.typeOf(new SqlParameterValue(Types.OTHER, null))).isEqualTo(BulkUpdate.UNTYPED);
        assertThat(BulkUpdate.typeOf(null)).isEqualTo(BulkUpdate.UNTYPED);
        // A class the driver would convert to the SQL type given: left to it.
        assertThat(BulkUpdate.typeOf(new SqlParameterValue(Types.BIGINT, 5))).isEqualTo(BulkUpdate.UNSUPPORTED);
        assertThat(BulkUpdate.typeOf(java.time.OffsetDateTime.parse("+10000-01-01T00:00Z")))
                .isEqualTo(BulkUpdate.UNSUPPORTED);
    }

    @Test
    void rowsWithATypeWithoutAnArrayOrTypesThatDifferHaveNoBulkStatement() {
        BulkUpdate update = BulkUpdate.of("UPDATE t SET a = ? WHERE id = ?", new String[] {"a", "id"}).orElseThrow();

        assertThat(update.statementFor(List.of(new Object[] {1.5d, 1}, new Object[] {2.5d, 2}))).isEmpty();
        assertThat(update.statementFor(List.of(new Object[] {1L, 1}, new Object[] {2, 2}))).isEmpty();
        assertThat(update.statementFor(List.of(new Object[] {null, 1}, new Object[] {2L, 2}))).isPresent();
        assertThat(update.statementFor(List.of(new Object[] {null, null}, new Object[] {null, null}))).isEmpty();
    }
}
