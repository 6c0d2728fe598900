package dev.ledger.query.spec;

import static dev.ledger.query.spec.Payments.CREATED_AT;
import static dev.ledger.query.spec.Payments.STATUS;
import static dev.ledger.query.spec.Specification.before;
import static dev.ledger.query.spec.Specification.equalTo;
import static dev.ledger.query.spec.Specification.from;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.query.spec.Payments.Row;
import dev.ledger.testsupport.TestInfrastructure;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL a read query renders must let PostgreSQL walk an index, not scan a big table. */
class ReadQueryExplainTest {

    private static final String TABLE = "spec_test_explain_payment";
    private static final ReadQuery<Row> PAYMENTS = Payments.query(TABLE);
    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final Pattern NODE_TYPE = Pattern.compile("\"Node Type\": \"([^\"]+)\"");
    private static final Pattern INDEX_NAME = Pattern.compile("\"Index Name\": \"([^\"]+)\"");
    private static final Pattern INDEX_COND = Pattern.compile("\"Index Cond\": \"([^\"]+)\"");

    private static final JdbcClient jdbc = JdbcClient.create(TestInfrastructure.dataSource());

    @BeforeAll
    static void loadThreeHundredThousandRows() {
        jdbc.sql(Payments.createTable(TABLE)).update();
        // A tenth belongs to another tenant; statuses rotate; one row a second from the start of 2026.
        jdbc.sql("""
                INSERT INTO %s
                SELECT CASE WHEN g %% 10 = 0 THEN '00000000-0000-0000-0000-00000000000b'::uuid ELSE ?::uuid END,
                       gen_random_uuid(),
                       (ARRAY['AUTHORIZED', 'CAPTURED', 'REFUNDED', 'FAILED'])[1 + g %% 4],
                       g %% 10000,
                       timestamptz '2026-01-01 00:00:00+00' + g * interval '1 second',
                       NULL
                  FROM generate_series(1, 300000) g
                """.formatted(TABLE)).params(TENANT).update();
        jdbc.sql("CREATE INDEX %1$s_status ON %1$s (organization_id, status, created_at, id)".formatted(TABLE)).update();
        jdbc.sql("CREATE INDEX %1$s_created ON %1$s (organization_id, created_at, id)".formatted(TABLE)).update();
        jdbc.sql("ANALYZE " + TABLE).update();
    }

    @Test
    void aDeepKeysetPageFilteredByStatusAndDateRangeWalksTheStatusIndexFromTheCursor() {
        Specification where = equalTo(STATUS, "CAPTURED")
                .and(from(CREATED_AT, Instant.parse("2026-01-01T10:00:00Z")))
                .and(before(CREATED_AT, Instant.parse("2026-01-03T00:00:00Z")));
        Sort sort = Sort.ascending(CREATED_AT);
        Page<Row> first = PAYMENTS.find(jdbc, TENANT, where, sort, PageRequest.first(50));
        PageRequest second = PageRequest.after(first.nextCursor().orElseThrow(), 50);
        SqlFragment page = PAYMENTS.pageSql(TENANT, where, sort, second);

        String plan = jdbc.sql("EXPLAIN (FORMAT JSON) " + page.sql()).params(page.parameters()).query(String.class).single();

        assertThat(all(NODE_TYPE, plan)).containsAnyOf("Index Scan", "Index Only Scan")
                .doesNotContain("Seq Scan", "Bitmap Heap Scan", "Sort");
        assertThat(all(INDEX_NAME, plan)).containsExactly(TABLE + "_status");
        // Two lower bounds on created_at: the filter's, and the cursor's, which starts the scan at the page.
        assertThat(all(INDEX_COND, plan)).singleElement().asString()
                .contains("organization_id = ", "status = ", "created_at < ")
                .satisfies(cond -> assertThat(cond.split("created_at >= ", -1)).hasSize(3));
        assertThat(PAYMENTS.find(jdbc, TENANT, where, sort, second).items())
                .extracting(Row::createdAt).isSorted().allMatch(at -> at.isAfter(first.items().get(49).createdAt()));
    }

    @Test
    void aDescendingPageWithoutStatusWalksTheDateIndexBackwards() {
        Specification where = from(CREATED_AT, Instant.parse("2026-01-02T00:00:00Z"));
        Sort sort = Sort.descending(CREATED_AT);
        Page<Row> first = PAYMENTS.find(jdbc, TENANT, where, sort, PageRequest.first(100));
        SqlFragment page = PAYMENTS.pageSql(TENANT, where, sort, PageRequest.after(first.nextCursor().orElseThrow(), 100));

        String plan = jdbc.sql("EXPLAIN (FORMAT JSON) " + page.sql()).params(page.parameters()).query(String.class).single();

        assertThat(all(NODE_TYPE, plan)).containsAnyOf("Index Scan", "Index Only Scan")
                .doesNotContain("Seq Scan", "Bitmap Heap Scan", "Sort");
        assertThat(all(INDEX_NAME, plan)).containsExactly(TABLE + "_created");
        assertThat(plan).contains("\"Scan Direction\": \"Backward\"");
        // Only the cursor sets an upper bound, so its presence in the index condition shows the scan starts there.
        assertThat(all(INDEX_COND, plan)).singleElement().asString().contains("created_at >= ", "created_at <= ");
    }

    private static List<String> all(Pattern pattern, String plan) {
        Matcher matcher = pattern.matcher(plan);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
