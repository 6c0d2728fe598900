package dev.ledger.query.organization;

import dev.ledger.kernel.organization.OrganizationRegistered;
import dev.ledger.kernel.organization.OrganizationRenamed;
import dev.ledger.query.projection.Lineage;
import dev.ledger.query.projection.RebuildableProjection;
import dev.ledger.query.projection.TableNames;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import dev.ledger.query.projection.ProjectionWriter;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code organization_view}. Runs in the processor's transaction, so row and token commit together. Each
 * handler only moves a row forward in aggregate version, so an event seen twice changes nothing.
 */
@Component
@ProcessingGroup(OrganizationProjection.PROCESSING_GROUP)
class OrganizationProjection implements RebuildableProjection {

    static final String PROCESSING_GROUP = "organization-read-model";
    static final String TABLE = "organization_view";
    static final int PROJECTOR_VERSION = 1;

    private final ProjectionWriter jdbc;
    private final String table;

    @Autowired
    OrganizationProjection(ProjectionWriter jdbc) {
        this(jdbc, TableNames.live());
    }

    private OrganizationProjection(ProjectionWriter jdbc, TableNames tables) {
        this.jdbc = jdbc;
        this.table = tables.of(TABLE);
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public Object writingTo(TableNames tables) {
        return new OrganizationProjection(jdbc, tables);
    }

    @EventHandler
    void on(OrganizationRegistered event, Lineage lineage) {
        lineage.bind(jdbc.sql("INSERT INTO " + table + """
                         (organization_id, name, default_currency, registered_at, updated_at,
                            aggregate_version, last_global_position, last_event_id, projector_version)
                        VALUES (:id, :name, :currency, :at, :at, :version, :position, :eventId, :projector)
                        ON CONFLICT (organization_id) DO NOTHING
                        """), PROJECTOR_VERSION)
                .param("id", event.organizationId().value())
                .param("name", event.name().value())
                .param("currency", event.defaultCurrency().code())
                .update();
    }

    @EventHandler
    void on(OrganizationRenamed event, Lineage lineage) {
        lineage.bind(jdbc.sql("UPDATE " + table + """
                           SET name = :name, updated_at = :at, aggregate_version = :version,
                               last_global_position = :position, last_event_id = :eventId, projector_version = :projector
                         WHERE organization_id = :id AND aggregate_version < :version
                        """), PROJECTOR_VERSION)
                .param("id", event.organizationId().value())
                .param("name", event.name().value())
                .update();
    }
}
