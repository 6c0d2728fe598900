package dev.ledger.query.spec;

import static dev.ledger.query.spec.Payments.AMOUNT;
import static dev.ledger.query.spec.Payments.CREATED_AT;
import static dev.ledger.query.spec.Payments.ID;
import static dev.ledger.query.spec.Payments.ORGANIZATION_ID;
import static dev.ledger.query.spec.Payments.REFERENCE;
import static dev.ledger.query.spec.Payments.STATUS;
import static dev.ledger.query.spec.Specification.all;
import static dev.ledger.query.spec.Specification.before;
import static dev.ledger.query.spec.Specification.between;
import static dev.ledger.query.spec.Specification.equalTo;
import static dev.ledger.query.spec.Specification.from;
import static dev.ledger.query.spec.Specification.in;
import static dev.ledger.query.spec.Specification.isNull;
import static dev.ledger.query.spec.Specification.not;
import static dev.ledger.query.spec.Specification.startsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.query.spec.Payments.Row;
import dev.ledger.testsupport.TestInfrastructure;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReadQueryTest {

    private static final String TABLE = "spec_test_payment";
    private static final ReadQuery<Row> PAYMENTS = Payments.query(TABLE);
    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> STATUSES = List.of("AUTHORIZED", "CAPTURED", "REFUNDED", "FAILED");
    private static final List<String> REFERENCES = List.of("50%_off-1", "50%_offer", "50x_off", "500_off", "x' OR '1'='1");
    // Few distinct sort values, so most rows tie on them and only the key orders them.
    private static final Comparator<Row> STATUS_ASC_AMOUNT_DESC = Comparator.comparing(Row::status)
            .thenComparing(Comparator.comparingLong(Row::amountMinor).reversed())
            .thenComparing(ReadQueryTest::postgresUuidOrder, Comparator.reverseOrder());

    private final JdbcClient jdbc = JdbcClient.create(TestInfrastructure.dataSource());
    private final List<Row> rows = new ArrayList<>();

    @BeforeEach
    void seedTwoTenants() {
        jdbc.sql(Payments.createTable(TABLE)).update();
        List<Row> seed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            seed.add(new Row(TENANT, UUID.randomUUID(), STATUSES.get(i % 4), (i % 5) * 100L,
                    START.plusSeconds(60L * (i % 7)), i % 3 == 0 ? null : REFERENCES.get(i % REFERENCES.size())));
        }
        for (int i = 0; i < 25; i++) {
            seed.add(new Row(OTHER_TENANT, UUID.randomUUID(), STATUSES.get(i % 4), (i % 5) * 100L,
                    START.plusSeconds(60L * (i % 7)), REFERENCES.get(i % REFERENCES.size())));
        }
        insert(seed.toArray(Row[]::new));
    }

    @Test
    void eachFilterReturnsExactlyTheMatchingRows() {
        assertMatches(equalTo(STATUS, "CAPTURED"), row -> row.status().equals("CAPTURED"));
        assertMatches(in(STATUS, List.of("REFUNDED", "FAILED")), row -> row.status().matches("REFUNDED|FAILED"));
        assertMatches(in(STATUS, List.of()), row -> false);
        assertMatches(between(AMOUNT, 100L, 300L), row -> row.amountMinor() >= 100 && row.amountMinor() <= 300);
        assertMatches(between(AMOUNT, null, 100L), row -> row.amountMinor() <= 100);
        assertMatches(from(CREATED_AT, START.plusSeconds(120)).and(before(CREATED_AT, START.plusSeconds(300))),
                row -> !row.createdAt().isBefore(START.plusSeconds(120)) && row.createdAt().isBefore(START.plusSeconds(300)));
        assertMatches(isNull(REFERENCE), row -> row.reference() == null);
        assertMatches(not(equalTo(STATUS, "FAILED")).and(Specification.isNotNull(REFERENCE)),
                row -> !row.status().equals("FAILED") && row.reference() != null);
    }

    @Test
    void startsWithMatchesWildcardCharactersLiterally() {
        assertMatches(startsWith(REFERENCE, "50%_off"), row -> row.reference() != null && row.reference().startsWith("50%_off"));
        assertThat(find(startsWith(REFERENCE, "50%_off"))).extracting(Row::reference)
                .containsOnly("50%_off-1", "50%_offer")
                .isNotEmpty();
    }

    @Test
    void aMaliciousValueIsJustAValue() {
        assertThat(find(equalTo(REFERENCE, "x' OR '1'='1"))).extracting(Row::reference)
                .containsOnly("x' OR '1'='1")
                .hasSize(count(row -> "x' OR '1'='1".equals(row.reference())));
    }

    @Test
    void theTenantFilterHoldsEvenAgainstAnOrInTheCallersFilter() {
        List<Row> everything = find(all());
        List<Row> widened = find(equalTo(STATUS, "CAPTURED").or(equalTo(ORGANIZATION_ID, OTHER_TENANT)));
        List<Row> otherTenantOnly = find(equalTo(ORGANIZATION_ID, OTHER_TENANT));

        assertThat(everything).extracting(Row::organizationId).containsOnly(TENANT).hasSize(count(row -> true));
        assertThat(widened).extracting(Row::organizationId).containsOnly(TENANT);
        assertThat(widened).extracting(Row::status).containsOnly("CAPTURED");
        assertThat(otherTenantOnly).isEmpty();
    }

    @Test
    void keysetPagingWithMixedDirectionsVisitsEveryRowOnceInOrder() {
        Sort sort = Sort.ascending(STATUS).thenDescending(AMOUNT);
        List<Row> visited = new ArrayList<>();
        PageRequest request = PageRequest.first(7);
        int pages = 0;
        while (true) {
            Page<Row> page = PAYMENTS.find(jdbc, TENANT, all(), sort, request);
            visited.addAll(page.items());
            pages++;
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().get(), 7);
        }

        assertThat(pages).isEqualTo(9);
        assertThat(visited).containsExactlyElementsOf(expected(row -> true, STATUS_ASC_AMOUNT_DESC));
    }

    @Test
    void keysetPagingIsStableWhenRowsArriveBetweenPages() {
        Sort sort = Sort.descending(CREATED_AT);
        Specification captured = equalTo(STATUS, "CAPTURED");
        Page<Row> first = PAYMENTS.find(jdbc, TENANT, captured, sort, PageRequest.first(5));
        Instant cursorTime = first.items().get(4).createdAt();
        Row late = new Row(TENANT, UUID.randomUUID(), "CAPTURED", 1, cursorTime.minusSeconds(1), null);
        Row early = new Row(TENANT, UUID.randomUUID(), "CAPTURED", 1, START.plusSeconds(3600), null);
        insert(late, early);

        List<Row> rest = new ArrayList<>();
        Optional<String> cursor = first.nextCursor();
        while (cursor.isPresent()) {
            Page<Row> page = PAYMENTS.find(jdbc, TENANT, captured, sort, PageRequest.after(cursor.get(), 5));
            rest.addAll(page.items());
            cursor = page.nextCursor();
        }

        List<Row> all = new ArrayList<>(first.items());
        all.addAll(rest);
        Comparator<Row> newestFirst = Comparator.comparing(Row::createdAt)
                .thenComparing(ReadQueryTest::postgresUuidOrder).reversed();
        // The row sorting before the cursor was not seen; the one after it was, and nothing twice or out of order.
        assertThat(all).doesNotContain(early).contains(late);
        assertThat(all).containsExactlyElementsOf(expected(
                row -> row.status().equals("CAPTURED") && !row.equals(early), newestFirst));
    }

    @Test
    void offsetPagingReturnsTheSliceAndTheTotal() {
        Sort sort = Sort.ascending(CREATED_AT).thenAscending(AMOUNT);
        Comparator<Row> order = Comparator.comparing(Row::createdAt).thenComparingLong(Row::amountMinor)
                .thenComparing(ReadQueryTest::postgresUuidOrder);
        List<Row> expected = expected(row -> true, order);

        Page<Row> middle = PAYMENTS.find(jdbc, TENANT, all(), sort, PageRequest.offset(20, 15).withTotal());
        Page<Row> last = PAYMENTS.find(jdbc, TENANT, all(), sort, PageRequest.offset(50, 15).withTotal());
        Page<Row> beyond = PAYMENTS.find(jdbc, TENANT, all(), sort, PageRequest.offset(100, 15).withTotal());
        Page<Row> withoutTotal = PAYMENTS.find(jdbc, TENANT, all(), sort, PageRequest.offset(0, 15));

        assertThat(middle.items()).containsExactlyElementsOf(expected.subList(20, 35));
        assertThat(middle.total()).hasValue(60);
        assertThat(middle.hasNext()).isTrue();
        assertThat(last.items()).containsExactlyElementsOf(expected.subList(50, 60));
        assertThat(last.total()).hasValue(60);
        assertThat(last.nextCursor()).isEmpty();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).hasValue(60);
        assertThat(withoutTotal.total()).isEmpty();
    }

    @Test
    void anOffsetPageHandsOverToKeysetPaging() {
        Sort sort = Sort.ascending(STATUS).thenDescending(AMOUNT);
        Page<Row> byOffset = PAYMENTS.find(jdbc, TENANT, all(), sort, PageRequest.offset(10, 10));

        Page<Row> next = PAYMENTS.find(jdbc, TENANT, all(), sort, PageRequest.after(byOffset.nextCursor().orElseThrow(), 10));

        assertThat(next.items()).containsExactlyElementsOf(expected(row -> true, STATUS_ASC_AMOUNT_DESC).subList(20, 30));
    }

    @Test
    void theTotalCountsTheFilteredRowsOfTheTenantOnly() {
        Specification captured = equalTo(STATUS, "CAPTURED");
        String cursor = PAYMENTS.find(jdbc, TENANT, captured, Sort.unsorted(), PageRequest.first(3)).nextCursor().orElseThrow();

        Page<Row> later = PAYMENTS.find(jdbc, TENANT, captured, Sort.unsorted(), PageRequest.after(cursor, 3).withTotal());

        assertThat(later.total()).hasValue(count(row -> row.status().equals("CAPTURED")));
        assertThat(PAYMENTS.count(jdbc, OTHER_TENANT, all())).isEqualTo(25);
    }

    @Test
    void malformedOrForeignCursorsAreRefusedAsInvalidInput() {
        String statusCursor = PAYMENTS.find(jdbc, TENANT, all(), Sort.ascending(STATUS), PageRequest.first(3))
                .nextCursor().orElseThrow();

        for (String bad : new String[] {"garbage", "x' OR '1'='1", statusCursor.substring(0, statusCursor.length() - 4)}) {
            assertThatThrownBy(() -> PAYMENTS.find(jdbc, TENANT, all(), Sort.ascending(STATUS), PageRequest.after(bad, 3)))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("cursor"));
        }
        assertThatThrownBy(() -> PAYMENTS.find(jdbc, TENANT, all(), Sort.descending(AMOUNT), PageRequest.after(statusCursor, 3)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    private List<Row> find(Specification where) {
        return PAYMENTS.find(jdbc, TENANT, where, Sort.unsorted(), PageRequest.first(500)).items();
    }

    private void assertMatches(Specification where, Predicate<Row> expected) {
        Set<UUID> ids = new HashSet<>();
        find(where).forEach(row -> ids.add(row.id()));
        Set<UUID> wanted = new HashSet<>();
        rows.stream().filter(row -> row.organizationId().equals(TENANT)).filter(expected).forEach(row -> wanted.add(row.id()));
        assertThat(ids).as(where.toSql().sql()).isEqualTo(wanted);
    }

    private List<Row> expected(Predicate<Row> filter, Comparator<Row> order) {
        return rows.stream().filter(row -> row.organizationId().equals(TENANT)).filter(filter).sorted(order).toList();
    }

    private int count(Predicate<Row> filter) {
        return expected(filter, Comparator.comparing(Row::id)).size();
    }

    private void insert(Row... inserted) {
        List<Object> params = new ArrayList<>();
        for (Row row : inserted) {
            params.addAll(Arrays.asList(row.organizationId(), row.id(), row.status(), row.amountMinor(),
                    OffsetDateTime.ofInstant(row.createdAt(), ZoneOffset.UTC), row.reference()));
            rows.add(row);
        }
        String values = String.join(", ", Collections.nCopies(inserted.length, "(?, ?, ?, ?, ?, ?)"));
        jdbc.sql("INSERT INTO " + TABLE + " VALUES " + values).params(params).update();
    }

    /** PostgreSQL orders uuids as unsigned bytes; Java's UUID.compareTo compares signed longs. */
    private static String postgresUuidOrder(Row row) {
        return row.id().toString();
    }
}
