package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PostgreSQL hands out global positions before commit, so an event can become visible after a later one. The
 * projection must still apply it: the gap-aware token remembers the hole and fills it when the event commits.
 */
class LateCommitTest extends ServiceTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    DataSource dataSource;

    @Test
    void anEventCommittedBehindALaterOneStillReachesTheReadModel() throws Exception {
        OrganizationId late = OrganizationId.newId();
        OrganizationId early = OrganizationId.newId();
        try (Connection slowWriter = dataSource.getConnection()) {
            slowWriter.setAutoCommit(false);
            long latePosition = insertRegistration(slowWriter, late, "Committed late");

            commands.sendAndWait(new RegisterOrganization(early, new OrganizationName("Committed early"), CurrencyCode.of("EUR")));
            awaitCount("SELECT count(*) FROM organization_view WHERE organization_id = ?", early.value(), 1);
            long earlyPosition = jdbc.sql("SELECT last_global_position FROM organization_view WHERE organization_id = ?")
                    .param(early.value()).query(Long.class).single();
            assertThat(earlyPosition).isGreaterThan(latePosition);

            slowWriter.commit();
        }

        awaitCount("SELECT count(*) FROM organization_view WHERE organization_id = ?", late.value(), 1);
        assertThat(jdbc.sql("SELECT name FROM organization_view WHERE organization_id = ?").param(late.value())
                .query(String.class).single()).isEqualTo("Committed late");
    }

    /** Appends an event row the way Axon does, in a transaction the caller commits later. */
    private static long insertRegistration(Connection connection, OrganizationId id, String name) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                    payloadtype, payloadrevision, payload, metadata)
                VALUES (?, ?, 0, 'Organization', ?, 'dev.ledger.kernel.organization.OrganizationRegistered', '1', ?, '{}')
                RETURNING globalindex
                """)) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, id.toString());
            insert.setString(3, Instant.now().toString());
            insert.setString(4, "{\"organizationId\":\"" + id + "\",\"name\":\"" + name + "\",\"defaultCurrency\":\"EUR\"}");
            try (ResultSet position = insert.executeQuery()) {
                position.next();
                return position.getLong(1);
            }
        }
    }
}
