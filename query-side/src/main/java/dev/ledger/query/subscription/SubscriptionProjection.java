package dev.ledger.query.subscription;

import static dev.ledger.query.projection.Lineage.IS_NEWER;
import static dev.ledger.query.projection.Lineage.RECORD;

import dev.ledger.kernel.subscription.SubscriptionActivated;
import dev.ledger.kernel.subscription.SubscriptionCancellationScheduled;
import dev.ledger.kernel.subscription.SubscriptionCanceled;
import dev.ledger.kernel.subscription.SubscriptionCreated;
import dev.ledger.kernel.subscription.SubscriptionDiscountApplied;
import dev.ledger.kernel.subscription.SubscriptionExpired;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.subscription.SubscriptionPastDue;
import dev.ledger.kernel.subscription.SubscriptionPaused;
import dev.ledger.kernel.subscription.SubscriptionPeriodStarted;
import dev.ledger.kernel.subscription.SubscriptionPlanChanged;
import dev.ledger.kernel.subscription.SubscriptionRecovered;
import dev.ledger.kernel.subscription.SubscriptionResumed;
import dev.ledger.kernel.subscription.UsageRecorded;
import dev.ledger.query.projection.Lineage;
import dev.ledger.query.projection.ProjectionWriter;
import dev.ledger.query.projection.RebuildableProjection;
import dev.ledger.query.projection.TableNames;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Keeps {@code subscription_view}: status, plan, the current period and its usage so far. */
@Component
@ProcessingGroup(SubscriptionProjection.PROCESSING_GROUP)
class SubscriptionProjection implements RebuildableProjection {

    static final String PROCESSING_GROUP = "subscription-read-model";
    static final String SUBSCRIPTIONS = "subscription_view";
    static final int PROJECTOR_VERSION = 1;

    private final ProjectionWriter jdbc;
    private final String subscriptions;

    @Autowired
    SubscriptionProjection(ProjectionWriter jdbc) {
        this(jdbc, TableNames.live());
    }

    private SubscriptionProjection(ProjectionWriter jdbc, TableNames tables) {
        this.jdbc = jdbc;
        this.subscriptions = tables.of(SUBSCRIPTIONS);
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of(SUBSCRIPTIONS);
    }

    @Override
    public Object writingTo(TableNames tables) {
        return new SubscriptionProjection(jdbc, tables);
    }

    @EventHandler
    void on(SubscriptionCreated event, Lineage lineage) {
        lineage.bind(jdbc.sql("INSERT INTO " + subscriptions + """
                         (organization_id, subscription_id, customer_id, status, plan_price_id, quantity,
                            metered_price_id, currency, trial_ends_at, period_number, period_usage,
                            cancel_at_period_end, created_at, updated_at,
                            aggregate_version, last_global_position, last_event_id, projector_version)
                        VALUES (:org, :id, :customer, :status, :plan, :quantity, :metered, :currency, :trialEnds, 0, 0,
                            false, :at, :at, :version, :position, :eventId, :projector)
                        ON CONFLICT (subscription_id) DO NOTHING
                        """), PROJECTOR_VERSION)
                .param("org", event.organizationId().value())
                .param("id", event.subscriptionId().value())
                .param("customer", event.customerId().value())
                .param("status", event.trialEndsAt() == null ? "ACTIVE" : "TRIALING")
                .param("plan", event.plan().priceId().value())
                .param("quantity", event.plan().quantity())
                .param("metered", event.metered() == null ? null : event.metered().priceId().value(), java.sql.Types.OTHER)
                .param("currency", event.plan().terms().currency().code())
                .param("trialEnds", time(event.trialEndsAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }

    @EventHandler
    void on(SubscriptionActivated event, Lineage lineage) {
        change(event.subscriptionId(), "status = 'ACTIVE'", lineage, UnaryOperator.identity());
    }

    @EventHandler
    void on(SubscriptionPeriodStarted event, Lineage lineage) {
        change(event.subscriptionId(), "period_number = :number, period_start = :start, period_end = :end, "
                + "period_usage = 0", lineage, statement -> statement
                .param("number", event.periodNumber())
                .param("start", time(event.periodStart()))
                .param("end", time(event.periodEnd())));
    }

    @EventHandler
    void on(SubscriptionPlanChanged event, Lineage lineage) {
        change(event.subscriptionId(), "plan_price_id = :plan, quantity = :quantity", lineage, statement -> statement
                .param("plan", event.plan().priceId().value())
                .param("quantity", event.plan().quantity()));
    }

    @EventHandler
    void on(UsageRecorded event, Lineage lineage) {
        change(event.subscriptionId(), "period_usage = :usage", lineage,
                statement -> statement.param("usage", event.periodQuantity()));
    }

    @EventHandler
    void on(SubscriptionDiscountApplied event, Lineage lineage) {
        change(event.subscriptionId(), "promo_code = :code", lineage,
                statement -> statement.param("code", event.code().value()));
    }

    @EventHandler
    void on(SubscriptionPaused event, Lineage lineage) {
        change(event.subscriptionId(), "status = 'PAUSED'", lineage, UnaryOperator.identity());
    }

    @EventHandler
    void on(SubscriptionResumed event, Lineage lineage) {
        change(event.subscriptionId(), "status = 'ACTIVE'", lineage, UnaryOperator.identity());
    }

    @EventHandler
    void on(SubscriptionCancellationScheduled event, Lineage lineage) {
        change(event.subscriptionId(), "cancel_at_period_end = true", lineage, UnaryOperator.identity());
    }

    @EventHandler
    void on(SubscriptionCanceled event, Lineage lineage) {
        change(event.subscriptionId(), "status = 'CANCELED'", lineage, UnaryOperator.identity());
    }

    @EventHandler
    void on(SubscriptionPastDue event, Lineage lineage) {
        change(event.subscriptionId(), "status = 'PAST_DUE'", lineage, UnaryOperator.identity());
    }

    @EventHandler
    void on(SubscriptionRecovered event, Lineage lineage) {
        change(event.subscriptionId(), "status = 'ACTIVE'", lineage, UnaryOperator.identity());
    }

    @EventHandler
    void on(SubscriptionExpired event, Lineage lineage) {
        change(event.subscriptionId(), "status = 'EXPIRED'", lineage, UnaryOperator.identity());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void change(SubscriptionId subscription, String change, Lineage lineage,
            UnaryOperator<ProjectionWriter.Statement> parameters) {
        parameters.apply(lineage.bind(jdbc.sql("UPDATE " + subscriptions + " SET " + change + ", " + RECORD
                        + " WHERE subscription_id = :id AND " + IS_NEWER), PROJECTOR_VERSION)
                        .param("id", subscription.value()))
                .update();
    }
}
