package dev.ledger.query.spec;

import static dev.ledger.query.spec.Payments.AMOUNT;
import static dev.ledger.query.spec.Payments.CREATED_AT;
import static dev.ledger.query.spec.Payments.ID;
import static dev.ledger.query.spec.Payments.REFERENCE;
import static dev.ledger.query.spec.Payments.STATUS;
import static dev.ledger.query.spec.Specification.all;
import static dev.ledger.query.spec.Specification.allOf;
import static dev.ledger.query.spec.Specification.anyOf;
import static dev.ledger.query.spec.Specification.atLeast;
import static dev.ledger.query.spec.Specification.atMost;
import static dev.ledger.query.spec.Specification.before;
import static dev.ledger.query.spec.Specification.between;
import static dev.ledger.query.spec.Specification.equalTo;
import static dev.ledger.query.spec.Specification.from;
import static dev.ledger.query.spec.Specification.greaterThan;
import static dev.ledger.query.spec.Specification.in;
import static dev.ledger.query.spec.Specification.isNotNull;
import static dev.ledger.query.spec.Specification.isNull;
import static dev.ledger.query.spec.Specification.lessThan;
import static dev.ledger.query.spec.Specification.none;
import static dev.ledger.query.spec.Specification.not;
import static dev.ledger.query.spec.Specification.startsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpecificationTest {

    private static final Instant T1 = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final Instant T2 = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void equalityBindsTheValueAsAParameter() {
        assertThat(equalTo(STATUS, "CAPTURED").toSql()).isEqualTo(SqlFragment.of("status = ?", "CAPTURED"));
    }

    @Test
    void eachComparisonRendersItsOperator() {
        assertThat(greaterThan(AMOUNT, 5L).toSql()).isEqualTo(SqlFragment.of("amount_minor > ?", 5L));
        assertThat(atLeast(AMOUNT, 5L).toSql()).isEqualTo(SqlFragment.of("amount_minor >= ?", 5L));
        assertThat(lessThan(AMOUNT, 5L).toSql()).isEqualTo(SqlFragment.of("amount_minor < ?", 5L));
        assertThat(atMost(AMOUNT, 5L).toSql()).isEqualTo(SqlFragment.of("amount_minor <= ?", 5L));
    }

    @Test
    void betweenIsInclusiveAndEitherEndMayBeOpen() {
        assertThat(between(AMOUNT, 10L, 20L).toSql())
                .isEqualTo(SqlFragment.of("amount_minor >= ? AND amount_minor <= ?", 10L, 20L));
        assertThat(between(AMOUNT, null, 20L).toSql()).isEqualTo(SqlFragment.of("amount_minor <= ?", 20L));
        assertThat(between(AMOUNT, 10L, null).toSql()).isEqualTo(SqlFragment.of("amount_minor >= ?", 10L));
        assertThat(between(AMOUNT, null, null)).isEqualTo(all());
    }

    @Test
    void instantsBindAsUtcOffsetDateTimeBecausePgjdbcCannotBindInstant() {
        SqlFragment range = from(CREATED_AT, T1).and(before(CREATED_AT, T2)).toSql();

        assertThat(range.sql()).isEqualTo("created_at >= ? AND created_at < ?");
        assertThat(range.parameters()).containsExactly(
                OffsetDateTime.of(2026, 3, 1, 10, 15, 30, 123_456_000, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 4, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void inRendersOnePlaceholderPerDistinctValue() {
        assertThat(in(STATUS, List.of("CAPTURED", "REFUNDED", "CAPTURED")).toSql())
                .isEqualTo(SqlFragment.of("status IN (?, ?)", "CAPTURED", "REFUNDED"));
    }

    @Test
    void emptyInMatchesNothing() {
        assertThat(in(STATUS, List.of()).toSql()).isEqualTo(SqlFragment.of("FALSE"));
        assertThat(in(STATUS, List.of()).and(equalTo(STATUS, "CAPTURED"))).isEqualTo(none());
        assertThat(in(STATUS, List.of()).or(equalTo(STATUS, "CAPTURED")).toSql())
                .isEqualTo(SqlFragment.of("status = ?", "CAPTURED"));
    }

    @Test
    void inRefusesMoreValuesThanAnInListShouldHold() {
        List<Long> tooMany = IntStream.rangeClosed(0, Specification.MAX_IN_VALUES).mapToObj(i -> (long) i).toList();

        assertThatThrownBy(() -> in(AMOUNT, tooMany))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("amount_minor"));
    }

    @Test
    void startsWithEscapesLikeWildcardsSoThePrefixMatchesLiterally() {
        assertThat(startsWith(REFERENCE, "50%_off").toSql())
                .isEqualTo(SqlFragment.of("reference LIKE ? ESCAPE '\\'", "50\\%\\_off%"));
        assertThat(startsWith(REFERENCE, "a\\b").toSql().parameters()).containsExactly("a\\\\b%");
    }

    @Test
    void nullChecksTakeNoParameters() {
        assertThat(isNull(REFERENCE).toSql()).isEqualTo(SqlFragment.of("reference IS NULL"));
        assertThat(isNotNull(REFERENCE).toSql()).isEqualTo(SqlFragment.of("reference IS NOT NULL"));
    }

    @Test
    void orInsideAndIsParenthesised() {
        Specification spec = equalTo(STATUS, "CAPTURED").or(equalTo(STATUS, "REFUNDED")).and(greaterThan(AMOUNT, 100L));

        assertThat(spec.toSql()).isEqualTo(SqlFragment.of(
                "(status = ? OR status = ?) AND amount_minor > ?", "CAPTURED", "REFUNDED", 100L));
    }

    @Test
    void andInsideOrIsParenthesised() {
        Specification spec = anyOf(
                allOf(equalTo(STATUS, "CAPTURED"), greaterThan(AMOUNT, 100L)),
                allOf(equalTo(STATUS, "REFUNDED"), isNotNull(REFERENCE)));

        assertThat(spec.toSql()).isEqualTo(SqlFragment.of(
                "(status = ? AND amount_minor > ?) OR (status = ? AND reference IS NOT NULL)",
                "CAPTURED", 100L, "REFUNDED"));
    }

    @Test
    void nestedAndsAndOrsFlatten() {
        Specification spec = equalTo(STATUS, "A").and(equalTo(STATUS, "B")).and(equalTo(STATUS, "C").and(all()));

        assertThat(spec.toSql()).isEqualTo(SqlFragment.of("status = ? AND status = ? AND status = ?", "A", "B", "C"));
        assertThat(equalTo(STATUS, "A").or(equalTo(STATUS, "B").or(none())).toSql())
                .isEqualTo(SqlFragment.of("status = ? OR status = ?", "A", "B"));
    }

    @Test
    void negationWrapsItsOperandInParentheses() {
        Specification spec = not(equalTo(STATUS, "FAILED").or(isNull(REFERENCE))).and(atLeast(AMOUNT, 1L));

        assertThat(spec.toSql()).isEqualTo(SqlFragment.of(
                "NOT (status = ? OR reference IS NULL) AND amount_minor >= ?", "FAILED", 1L));
        assertThat(equalTo(STATUS, "A").negate().negate()).isEqualTo(equalTo(STATUS, "A"));
        assertThat(not(all())).isEqualTo(none());
    }

    @Test
    void allAndNoneRenderAsBooleanConstants() {
        assertThat(all().toSql()).isEqualTo(SqlFragment.of("TRUE"));
        assertThat(none().toSql()).isEqualTo(SqlFragment.of("FALSE"));
        assertThat(all().or(equalTo(STATUS, "A"))).isEqualTo(all());
    }

    @Test
    void maliciousValuesAppearOnlyAsParametersNeverInTheSqlText() {
        String attack = "x' OR '1'='1";
        Specification spec = anyOf(
                equalTo(STATUS, attack),
                in(STATUS, List.of(attack, "y")),
                startsWith(REFERENCE, attack),
                between(REFERENCE, attack, attack + "; DROP TABLE payments; --"));

        SqlFragment sql = spec.toSql();

        assertThat(sql.sql()).doesNotContain("'1'", "x'", "DROP").doesNotContain(attack);
        assertThat(sql.sql()).isEqualTo("status = ? OR status IN (?, ?) OR reference LIKE ? ESCAPE '\\'"
                + " OR (reference >= ? AND reference <= ?)");
        assertThat(sql.parameters())
                .containsExactly(attack, attack, "y", attack + "%", attack, attack + "; DROP TABLE payments; --");
    }

    @Test
    void nullValuesAreRefusedBecauseTheyWouldSilentlyMatchNothing() {
        assertThatThrownBy(() -> equalTo(STATUS, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("isNull");
        assertThatThrownBy(() -> in(STATUS, Collections.singletonList(null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedEvenThroughRawTypes() {
        @SuppressWarnings({"rawtypes", "unchecked"})
        Column<Object> raw = (Column) ID;

        assertThatThrownBy(() -> equalTo(raw, "not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
        assertThat(equalTo(Column.decimal("rate"), new BigDecimal("0.25")).toSql().parameters())
                .containsExactly(new BigDecimal("0.25"));
        assertThat(equalTo(ID, new UUID(1, 2)).toSql().parameters()).containsExactly(new UUID(1, 2));
    }
}
