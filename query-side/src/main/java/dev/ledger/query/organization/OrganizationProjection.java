package dev.ledger.query.organization;

import dev.ledger.kernel.organization.OrganizationRegistered;
import dev.ledger.kernel.organization.OrganizationRenamed;
import dev.ledger.query.projection.Lineage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code organization_view}. Runs in the processor's transaction, so row and token commit together. */
@Component
@ProcessingGroup(OrganizationProjection.PROCESSING_GROUP)
class OrganizationProjection {

    static final String PROCESSING_GROUP = "organization-read-model";
    static final int PROJECTOR_VERSION = 1;

    private final JdbcClient jdbc;

    OrganizationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganizationRegistered event, TrackingToken token, @MessageIdentifier String eventId,
            @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        Lineage lineage = Lineage.of(token, eventId, sequence, occurredAt, PROJECTOR_VERSION);
        jdbc.sql("""
                        INSERT INTO organization_view (organization_id, name, default_currency, registered_at, updated_at,
                            aggregate_version, last_global_position, last_event_id, projector_version)
                        VALUES (:id, :name, :currency, :at, :at, :version, :position, :eventId, :projector)
                        ON CONFLICT (organization_id) DO NOTHING
                        """)
                .param("id", event.organizationId().value())
                .param("name", event.name().value())
                .param("currency", event.defaultCurrency().code())
                .param("at", OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC))
                .param("version", lineage.aggregateVersion())
                .param("position", lineage.globalPosition())
                .param("eventId", lineage.eventId())
                .param("projector", lineage.projectorVersion())
                .update();
    }

    @EventHandler
    void on(OrganizationRenamed event, TrackingToken token, @MessageIdentifier String eventId,
            @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        Lineage lineage = Lineage.of(token, eventId, sequence, occurredAt, PROJECTOR_VERSION);
        jdbc.sql("""
                        UPDATE organization_view
                           SET name = :name, updated_at = :at, aggregate_version = :version,
                               last_global_position = :position, last_event_id = :eventId, projector_version = :projector
                         WHERE organization_id = :id AND aggregate_version < :version
                        """)
                .param("id", event.organizationId().value())
                .param("name", event.name().value())
                .param("at", OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC))
                .param("version", lineage.aggregateVersion())
                .param("position", lineage.globalPosition())
                .param("eventId", lineage.eventId())
                .param("projector", lineage.projectorVersion())
                .update();
    }
}
