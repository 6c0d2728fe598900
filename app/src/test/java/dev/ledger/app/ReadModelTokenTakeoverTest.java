package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.testsupport.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of a build with a processor per read model: the shared read-model processor starts at the lowest of
 * their positions, gaps included, re-applies what comes after it without failing on what some read models had
 * already applied, and leaves what all of them had applied alone.
 */
class ReadModelTokenTakeoverTest {

    @Test
    void theSharedProcessorStartsWhereTheSlowestOldProcessorWas() throws Exception {
        String url = TestDatabases.fresh("read_model_takeover");
        List<OrganizationId> organizations = new ArrayList<>();
        byte[] tokenOfAll;
        byte[] tokenBeforeC;
        String tokenType;
        long positionOfA;
        long positionOfC;
        try (ConfigurableApplicationContext earlier = TestDatabases.service(url)) {
            CommandGateway commands = earlier.getBean(CommandGateway.class);
            for (String name : List.of("A", "B", "C", "D")) {
                OrganizationId id = OrganizationId.newId();
                commands.sendAndWait(new RegisterOrganization(id, new OrganizationName("Takeover " + name), CurrencyCode.of("EUR")));
                organizations.add(id);
            }
            JdbcClient jdbc = earlier.getBean(JdbcClient.class);
            await(() -> projected(jdbc, organizations) == 4);
            positionOfA = registeredAt(jdbc, organizations.get(0));
            positionOfC = registeredAt(jdbc, organizations.get(2));
            long last = jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
            Serializer serializer = earlier.getBean(Serializer.class);
            SerializedObject<byte[]> all = serializer.serialize(new GapAwareTrackingToken(last, Set.of()), byte[].class);
            // Behind C, and still waiting for A's event: a transaction that committed late, as far as it knew.
            SerializedObject<byte[]> beforeC = serializer.serialize(
                    GapAwareTrackingToken.newInstance(positionOfC - 1, Set.of(positionOfA)), byte[].class);
            tokenOfAll = all.getData();
            tokenBeforeC = beforeC.getData();
            tokenType = all.getType().getName();
        }

        // As an earlier build left it: a token per read model, no shared processor yet; three rows are gone.
        JdbcClient database = JdbcClient.create(
                new DriverManagerDataSource(url, TestInfrastructure.username(), TestInfrastructure.password()));
        database.sql("DELETE FROM tokenentry WHERE processorname = 'read-models'").update();
        for (int segment = 0; segment < 2; segment++) {
            legacyToken(database, "organization-read-model", segment, tokenOfAll, tokenType);
            legacyToken(database, "customer-read-model", segment, segment == 0 ? tokenBeforeC : tokenOfAll, tokenType);
        }
        database.sql("DELETE FROM organization_view WHERE organization_id = ANY(?)")
                .param(new UUID[] {organizations.get(0).value(), organizations.get(1).value(), organizations.get(3).value()})
                .update();

        try (ConfigurableApplicationContext upgraded = TestDatabases.service(url)) {
            JdbcClient jdbc = upgraded.getBean(JdbcClient.class);
            await(() -> projected(jdbc, List.of(organizations.get(0), organizations.get(3))) == 2);

            assertThat(projected(jdbc, List.of(organizations.get(0)))).as("A, the gap one old token waited for").isEqualTo(1);
            assertThat(projected(jdbc, List.of(organizations.get(2)))).as("C, never deleted").isEqualTo(1);
            assertThat(projected(jdbc, List.of(organizations.get(3)))).as("D, after the lowest position").isEqualTo(1);
            assertThat(projected(jdbc, List.of(organizations.get(1)))).as("B, before it and no gap").isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = 'read-models'")
                    .query(Long.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname LIKE '%-read-model'")
                    .query(Long.class).single()).as("the old rows stay for an older build").isEqualTo(4);
        }
    }

    private static void legacyToken(JdbcClient jdbc, String processor, int segment, byte[] token, String type) {
        jdbc.sql("INSERT INTO tokenentry (processorname, segment, token, tokentype, timestamp) VALUES (?, ?, ?, ?, ?)")
                .params(processor, segment, token, type, Instant.now().toString()).update();
    }

    private static long registeredAt(JdbcClient jdbc, OrganizationId organization) {
        return jdbc.sql("""
                        SELECT globalindex FROM domainevententry
                         WHERE aggregateidentifier = ? AND payloadtype LIKE '%OrganizationRegistered'""")
                .param(organization.toString()).query(Long.class).single();
    }

    private static long projected(JdbcClient jdbc, List<OrganizationId> organizations) {
        return jdbc.sql("SELECT count(*) FROM organization_view WHERE organization_id = ANY(?)")
                .param(organizations.stream().map(OrganizationId::value).toArray(UUID[]::new)).query(Long.class).single();
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 s").isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
