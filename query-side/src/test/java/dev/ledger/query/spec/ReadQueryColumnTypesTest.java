package dev.ledger.query.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.testsupport.TestInfrastructure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReadQueryColumnTypesTest {

    private static final String TABLE = "spec_test_typed";
    private static final Column<UUID> ID = Column.uuid("id");
    private static final Column<Boolean> ACTIVE = Column.bool("active");
    private static final Column<BigDecimal> RATE = Column.decimal("rate");
    private static final Column<Integer> ATTEMPT = Column.int32("attempt");
    private static final Column<String> LABEL = Column.text("label");
    private static final UUID TENANT = UUID.randomUUID();

    private record Typed(UUID id, boolean active, BigDecimal rate, int attempt, String label) {
    }

    private static final ReadQuery<Typed> TYPED = ReadQuery.of(TABLE, List.of(ID, ACTIVE, RATE, ATTEMPT, LABEL), ID,
            (row, number) -> new Typed(ID.read(row), ACTIVE.read(row), RATE.read(row), ATTEMPT.read(row), LABEL.read(row)));

    private final JdbcClient jdbc = JdbcClient.create(TestInfrastructure.dataSource());

    @Test
    void booleanDecimalIntegerAndTextSortKeysBindInTheKeysetPredicate() {
        jdbc.sql("""
                DROP TABLE IF EXISTS spec_test_typed;
                CREATE TABLE spec_test_typed (organization_id uuid NOT NULL, id uuid PRIMARY KEY, active boolean NOT NULL,
                                              rate numeric(12, 4) NOT NULL, attempt int NOT NULL, label text NOT NULL);
                INSERT INTO spec_test_typed
                SELECT ?, gen_random_uuid(), g % 2 = 0, (g % 3) / 4.0, g % 2, 'label-' || (g % 5)
                  FROM generate_series(1, 41) g;
                """).params(TENANT).update();
        Sort sort = Sort.ascending(ACTIVE).thenDescending(RATE).thenAscending(ATTEMPT).thenDescending(LABEL);
        List<Typed> visited = new ArrayList<>();
        Optional<String> cursor = Optional.empty();

        do {
            PageRequest request = cursor.map(c -> PageRequest.after(c, 4)).orElse(PageRequest.first(4));
            Page<Typed> page = TYPED.find(jdbc, TENANT, Specification.all(), sort, request);
            visited.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());

        Comparator<Typed> expected = Comparator.comparing(Typed::active)
                .thenComparing(Typed::rate, Comparator.reverseOrder())
                .thenComparingInt(Typed::attempt)
                .thenComparing(Typed::label, Comparator.reverseOrder())
                .thenComparing(typed -> typed.id().toString(), Comparator.reverseOrder());
        assertThat(visited).hasSize(41).doesNotHaveDuplicates().isSortedAccordingTo(expected);
        assertThat(visited).extracting(Typed::rate).contains(new BigDecimal("0.5000"));
    }
}
