package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.organization.api.RenameOrganization;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A rebuild replays history into shadow tables and swaps them in; the live tables serve readers meanwhile. */
class ProjectionRebuildTest extends ServiceTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Test
    void aRebuildRestoresARowThatWasDamagedAndKeepsIndexesAndSecurity() throws Exception {
        List<OrganizationId> organizations = register(30, "Rebuilt ");
        // Renamed twice each: organizations replay in parallel lanes, so only each one's own order keeps the last name.
        for (int i = 0; i < organizations.size(); i++) {
            commands.sendAndWait(new RenameOrganization(organizations.get(i), new OrganizationName("Renamed " + i)));
            commands.sendAndWait(new RenameOrganization(organizations.get(i), new OrganizationName("Rebuilt " + i)));
        }
        OrganizationId damaged = organizations.get(7);
        awaitRow(organizations.get(organizations.size() - 1));
        awaitName(organizations.get(organizations.size() - 1), "Rebuilt " + (organizations.size() - 1));
        jdbc.sql("UPDATE organization_view SET name = 'damaged by a bug' WHERE organization_id = ?")
                .param(damaged.value()).update();

        List<String> indexesBefore = indexDefinitions();

        HttpResponse<String> started = post("/api/v1/admin/projections/organization-read-model/rebuild");
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(json.readTree(started.body()).get("state").asText()).isEqualTo("RUNNING");

        JsonNode finished = awaitFinished("organization-read-model");
        assertThat(finished.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(finished.get("eventsDone").asLong()).isGreaterThanOrEqualTo(organizations.size());
        for (int i = 0; i < organizations.size(); i++) {
            assertThat(nameOf(organizations.get(i))).isEqualTo("Rebuilt " + i);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM organization_view WHERE organization_id = ANY(?)")
                .param(organizations.stream().map(OrganizationId::value).toArray(java.util.UUID[]::new))
                .query(Long.class).single()).isEqualTo(organizations.size());
        assertThat(indexNames()).contains("organization_view_pkey", "organization_view_name", "organization_view_registered");
        // Lookup indexes are left out while the shadow fills and built at the end: the same set, names and all.
        assertThat(indexDefinitions()).containsExactlyInAnyOrderElementsOf(indexesBefore);
        assertThat(jdbc.sql("SELECT relrowsecurity FROM pg_class WHERE relname = 'organization_view'")
                .query(Boolean.class).single()).isTrue();
        // Filled unlogged, swapped in logged: the table and its indexes survive a crash and reach replicas.
        assertThat(jdbc.sql("""
                        SELECT DISTINCT c.relpersistence FROM pg_class c
                         WHERE c.oid = 'organization_view'::regclass
                            OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'organization_view'::regclass)
                        """).query(String.class).list()).containsExactly("p");
        // Filled with room for each row's later versions, swapped in with the live table's own (default) fill factor.
        assertThat(jdbc.sql("SELECT coalesce(array_to_string(reloptions, ','), '') FROM pg_class WHERE relname = 'organization_view'")
                .query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("SELECT policyname FROM pg_policies WHERE tablename = 'organization_view'")
                .query(String.class).list()).containsExactlyInAnyOrder("tenant_isolation", "platform_directory");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relname LIKE 'organization_view\\_\\_%'")
                .query(Long.class).single()).isZero();

        // The live processor keeps projecting into the swapped-in table.
        OrganizationId afterwards = OrganizationId.newId();
        commands.sendAndWait(new RegisterOrganization(afterwards, new OrganizationName("After rebuild"), CurrencyCode.of("EUR")));
        awaitRow(afterwards);
        JsonNode read = json.readTree(get("/api/v1/organizations/" + afterwards).body());
        assertThat(read.get("name").asText()).isEqualTo("After rebuild");
    }

    @Test
    void everyEventCommittedWhileARebuildRunsIsInTheSwappedInTable() throws Exception {
        List<OrganizationId> before = register("Before", 200);

        assertThat(post("/api/v1/admin/projections/organization-read-model/rebuild").statusCode()).isEqualTo(202);
        List<OrganizationId> during = register("During", 100);
        JsonNode finished = awaitFinished("organization-read-model");

        assertThat(finished.get("state").asText()).isEqualTo("COMPLETED");
        List<OrganizationId> all = new ArrayList<>(before);
        all.addAll(during);
        awaitCount("SELECT count(*) FROM organization_view WHERE organization_id = ANY(?)",
                all.stream().map(OrganizationId::value).toArray(java.util.UUID[]::new), all.size());
        assertThat(nameOf(during.get(during.size() - 1))).isEqualTo("During 99");
    }

    private List<OrganizationId> register(String prefix, int count) {
        List<OrganizationId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OrganizationId id = OrganizationId.newId();
            commands.sendAndWait(new RegisterOrganization(id, new OrganizationName(prefix + " " + i), CurrencyCode.of("EUR")));
            ids.add(id);
        }
        return ids;
    }

    @Test
    void anUnknownProjectionIsNotFound() throws Exception {
        HttpResponse<String> response = post("/api/v1/admin/projections/no-such-projection/rebuild");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("title").asText()).isEqualTo("Unknown projection");
    }

    @Test
    void theProjectionsThatCanBeRebuiltAreListed() throws Exception {
        List<String> names = json.readerForListOf(String.class).readValue(get("/api/v1/admin/projections").body());

        assertThat(names).contains("organization-read-model", FailingProjection.NAME);
    }

    @Test
    void aFailedRebuildLeavesTheLiveTableUntouchedAndSaysWhy() throws Exception {
        jdbc.sql("INSERT INTO rebuild_probe_view (organization_id, name) VALUES (?, 'live row')")
                .param(java.util.UUID.randomUUID()).update();
        long liveRows = jdbc.sql("SELECT count(*) FROM rebuild_probe_view").query(Long.class).single();
        commands.sendAndWait(new RegisterOrganization(OrganizationId.newId(), new OrganizationName(FailingProjection.POISON),
                CurrencyCode.of("EUR")));

        post("/api/v1/admin/projections/" + FailingProjection.NAME + "/rebuild");
        JsonNode finished = awaitFinished(FailingProjection.NAME);

        assertThat(finished.get("state").asText()).isEqualTo("FAILED");
        assertThat(finished.get("failure").asText()).contains("poisoned");
        assertThat(jdbc.sql("SELECT count(*) FROM rebuild_probe_view").query(Long.class).single()).isEqualTo(liveRows);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relname = 'rebuild_probe_view__rebuild'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEventOfNoOrganizationIsReplayedAfterEveryEventBeforeItAndBeforeEveryEventAfterIt() throws Exception {
        List<OrganizationId> before = register(12, "Before ");
        eventStore.publish(GenericEventMessage.asEventMessage(new ProbeSuffixAll("+1")));
        List<OrganizationId> after = register(12, "After ");
        eventStore.publish(GenericEventMessage.asEventMessage(new ProbeSuffixAll("+2")));

        assertThat(post("/api/v1/admin/projections/" + OrderingProbe.NAME + "/rebuild").statusCode()).isEqualTo(202);
        JsonNode finished = awaitFinished(OrderingProbe.NAME);

        // Organizations replay in parallel lanes; an event of none must wait for every lane, then go before the rest.
        assertThat(finished.get("state").asText()).isEqualTo("COMPLETED");
        for (int i = 0; i < before.size(); i++) {
            assertThat(probeNameOf(before.get(i))).isEqualTo("Before " + i + "+1+2");
        }
        for (int i = 0; i < after.size(); i++) {
            assertThat(probeNameOf(after.get(i))).isEqualTo("After " + i + "+2");
        }
    }

    @Test
    void twoRebuildsStartedTogetherBothCompleteThoughTheyShareTheirConnections() throws Exception {
        List<OrganizationId> organizations = register(8, "Together ");
        awaitRow(organizations.get(organizations.size() - 1));

        assertThat(post("/api/v1/admin/projections/organization-read-model/rebuild").statusCode()).isEqualTo(202);
        assertThat(post("/api/v1/admin/projections/" + OrderingProbe.NAME + "/rebuild").statusCode()).isEqualTo(202);

        assertThat(awaitFinished("organization-read-model").get("state").asText()).isEqualTo("COMPLETED");
        assertThat(awaitFinished(OrderingProbe.NAME).get("state").asText()).isEqualTo("COMPLETED");
        for (int i = 0; i < organizations.size(); i++) {
            assertThat(nameOf(organizations.get(i))).isEqualTo("Together " + i);
            assertThat(probeNameOf(organizations.get(i))).startsWith("Together " + i);
        }
    }

    /** An event that belongs to no organization and changes every row: only ordered replay gets it right. */
    @org.axonframework.serialization.Revision("1")
    record ProbeSuffixAll(String suffix) {
    }

    /** Keeps organizations' names, each suffixed by every {@link ProbeSuffixAll} after its registration. */
    @org.springframework.boot.test.context.TestConfiguration
    static class OrderingProbe implements dev.ledger.query.projection.RebuildableProjection {

        static final String NAME = "ordering-probe";
        static final String TABLE = "rebuild_order_probe_view";

        private final JdbcClient jdbc;

        OrderingProbe(JdbcClient jdbc) {
            this.jdbc = jdbc;
            jdbc.sql("CREATE TABLE IF NOT EXISTS " + TABLE + " (organization_id uuid PRIMARY KEY, name text NOT NULL)")
                    .update();
        }

        @Override
        public String processingGroup() {
            return NAME;
        }

        @Override
        public List<String> tables() {
            return List.of(TABLE);
        }

        @Override
        public Object writingTo(dev.ledger.query.projection.TableNames tables) {
            String table = tables.of(TABLE);
            return new Object() {
                @org.axonframework.eventhandling.EventHandler
                void on(dev.ledger.kernel.organization.OrganizationRegistered event) {
                    jdbc.sql("INSERT INTO " + table + " (organization_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING")
                            .params(event.organizationId().value(), event.name().value()).update();
                }

                @org.axonframework.eventhandling.EventHandler
                void on(ProbeSuffixAll event) {
                    jdbc.sql("UPDATE " + table + " SET name = name || ?").param(event.suffix()).update();
                }
            };
        }
    }

    private List<OrganizationId> register(int count, String namePrefix) {
        List<OrganizationId> organizations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OrganizationId id = OrganizationId.newId();
            commands.sendAndWait(new RegisterOrganization(id, new OrganizationName(namePrefix + i), CurrencyCode.of("EUR")));
            organizations.add(id);
        }
        return organizations;
    }

    private String probeNameOf(OrganizationId id) {
        return jdbc.sql("SELECT name FROM " + OrderingProbe.TABLE + " WHERE organization_id = ?").param(id.value())
                .query(String.class).single();
    }

    @Test
    void aRebuildWhoseHandlerThrowsAnErrorFailsInsteadOfWaitingForever() throws Exception {
        commands.sendAndWait(new RegisterOrganization(OrganizationId.newId(), new OrganizationName(ErrorProbe.POISON),
                CurrencyCode.of("EUR")));

        post("/api/v1/admin/projections/" + ErrorProbe.NAME + "/rebuild");
        JsonNode finished = awaitFinished(ErrorProbe.NAME);

        assertThat(finished.get("state").asText()).isEqualTo("FAILED");
        assertThat(finished.get("failure").asText()).contains("AssertionError").contains("an error, not an exception");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relname = 'rebuild_error_probe_view__rebuild'")
                .query(Long.class).single()).isZero();
    }

    /** A rebuildable projection whose replay throws on the registration of one organization name. */
    abstract static class PoisonedProbe implements dev.ledger.query.projection.RebuildableProjection {

        private final String name;
        private final String table;
        private final String poison;

        PoisonedProbe(JdbcClient jdbc, String name, String table, String poison) {
            this.name = name;
            this.table = table;
            this.poison = poison;
            jdbc.sql("CREATE TABLE IF NOT EXISTS " + table + " (organization_id uuid PRIMARY KEY, name text NOT NULL)")
                    .update();
            jdbc.sql("SELECT relrowsecurity FROM pg_class WHERE relname = ?").param(table).query(Boolean.class)
                    .optional().filter(protectedAlready -> !protectedAlready)
                    .ifPresent(unprotected -> jdbc.sql("SELECT ledger_protect_read_table(?::regclass)").param(table)
                            .query((row, n) -> 1).single());
        }

        abstract void fail(dev.ledger.kernel.organization.OrganizationRegistered event);

        @Override
        public String processingGroup() {
            return name;
        }

        @Override
        public List<String> tables() {
            return List.of(table);
        }

        @Override
        public Object writingTo(dev.ledger.query.projection.TableNames tables) {
            return new Object() {
                @org.axonframework.eventhandling.EventHandler
                void on(dev.ledger.kernel.organization.OrganizationRegistered event) {
                    if (event.name().value().equals(poison)) {
                        fail(event);
                    }
                }
            };
        }
    }

    /** Fails with an exception, to prove a failed rebuild changes nothing live. */
    @org.springframework.boot.test.context.TestConfiguration
    static class FailingProjection extends PoisonedProbe {

        static final String NAME = "failing-probe";
        static final String POISON = "Poison for the probe";

        FailingProjection(JdbcClient jdbc) {
            super(jdbc, NAME, "rebuild_probe_view", POISON);
        }

        @Override
        void fail(dev.ledger.kernel.organization.OrganizationRegistered event) {
            throw new IllegalStateException("poisoned event " + event.organizationId());
        }
    }

    /** Fails with an {@link Error}, as an assertion in a handler would. */
    @org.springframework.boot.test.context.TestConfiguration
    static class ErrorProbe extends PoisonedProbe {

        static final String NAME = "error-probe";
        static final String POISON = "Error for the probe";

        ErrorProbe(JdbcClient jdbc) {
            super(jdbc, NAME, "rebuild_error_probe_view", POISON);
        }

        @Override
        void fail(dev.ledger.kernel.organization.OrganizationRegistered event) {
            throw new AssertionError("an error, not an exception");
        }
    }

    private String nameOf(OrganizationId id) {
        return jdbc.sql("SELECT name FROM organization_view WHERE organization_id = ?").param(id.value())
                .query(String.class).single();
    }

    private void awaitName(OrganizationId id, String name) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!name.equals(nameOf(id)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(nameOf(id)).isEqualTo(name);
    }

    private List<String> indexDefinitions() {
        return jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'organization_view'")
                .query(String.class).list();
    }

    private List<String> indexNames() {
        return jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = 'organization_view'")
                .query(String.class).list();
    }

    private void awaitRow(OrganizationId id) throws InterruptedException {
        awaitCount("SELECT count(*) FROM organization_view WHERE organization_id = ?", id.value(), 1);
    }

    private JsonNode awaitFinished(String projection) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = get("/api/v1/admin/projections/" + projection + "/rebuild");
            if (response.statusCode() == 200) {
                last = json.readTree(response.body());
                String state = last.get("state").asText();
                if (state.equals("COMPLETED") || state.equals("FAILED")) {
                    return last;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("rebuild did not finish within 60 s; last progress: " + last);
    }

    private HttpResponse<String> post(String path) throws Exception {
        return post(path, "");
    }
}
