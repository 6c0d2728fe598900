package dev.ledger.query.subscription;

import static dev.ledger.query.spec.Specification.equalTo;

import dev.ledger.query.spec.Column;
import dev.ledger.query.spec.Filters;
import dev.ledger.query.spec.PageRequest;
import dev.ledger.query.spec.ReadQuery;
import dev.ledger.query.spec.Sort;
import dev.ledger.query.spec.SortParameter;
import dev.ledger.query.subscription.api.FindSubscription;
import dev.ledger.query.subscription.api.ListSubscriptions;
import dev.ledger.query.subscription.api.SubscriptionPage;
import dev.ledger.query.subscription.api.SubscriptionView;
import dev.ledger.query.tenancy.TenantReads;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class SubscriptionQueries {

    static final Column<UUID> ID = Column.uuid("subscription_id");
    static final Column<UUID> CUSTOMER = Column.uuid("customer_id");
    static final Column<String> STATUS = Column.text("status");
    static final Column<UUID> PLAN = Column.uuid("plan_price_id");
    static final Column<Long> QUANTITY = Column.int64("quantity");
    static final Column<UUID> METERED = Column.uuid("metered_price_id").nullable();
    static final Column<String> CURRENCY = Column.text("currency");
    static final Column<Instant> TRIAL_ENDS = Column.instant("trial_ends_at").nullable();
    static final Column<Long> PERIOD = Column.int64("period_number");
    static final Column<Instant> PERIOD_START = Column.instant("period_start").nullable();
    static final Column<Instant> PERIOD_END = Column.instant("period_end").nullable();
    static final Column<Long> USAGE = Column.int64("period_usage");
    static final Column<Boolean> CANCEL_AT_END = Column.bool("cancel_at_period_end");
    static final Column<String> PROMO = Column.text("promo_code").nullable();
    static final Column<Instant> CREATED_AT = Column.instant("created_at");
    static final Column<Instant> UPDATED_AT = Column.instant("updated_at");
    static final Column<Long> VERSION = Column.int64("aggregate_version");
    static final Column<Long> POSITION = Column.int64("last_global_position");

    static final Map<String, Column<?>> SORTABLE = Map.of("createdAt", CREATED_AT, "status", STATUS);

    private static final ReadQuery<SubscriptionView> SUBSCRIPTIONS = ReadQuery.of("subscription_view",
            List.of(ID, CUSTOMER, STATUS, PLAN, QUANTITY, METERED, CURRENCY, TRIAL_ENDS, PERIOD, PERIOD_START,
                    PERIOD_END, USAGE, CANCEL_AT_END, PROMO, CREATED_AT, UPDATED_AT, VERSION, POSITION),
            ID,
            (row, n) -> new SubscriptionView(ID.read(row), CUSTOMER.read(row), STATUS.read(row), PLAN.read(row),
                    QUANTITY.read(row), METERED.read(row), CURRENCY.read(row), TRIAL_ENDS.read(row), PERIOD.read(row),
                    PERIOD_START.read(row), PERIOD_END.read(row), USAGE.read(row), CANCEL_AT_END.read(row),
                    PROMO.read(row), CREATED_AT.read(row), UPDATED_AT.read(row), VERSION.read(row), POSITION.read(row)));

    private final TenantReads reads;

    SubscriptionQueries(TenantReads reads) {
        this.reads = reads;
    }

    @QueryHandler
    Optional<SubscriptionView> handle(FindSubscription query) {
        return reads.asTenant(query.organizationId(), jdbc -> SUBSCRIPTIONS.find(jdbc, query.organizationId(),
                equalTo(ID, query.subscriptionId().value()), Sort.unsorted(), PageRequest.first(1))
                .items().stream().findFirst());
    }

    @QueryHandler
    SubscriptionPage handle(ListSubscriptions query) {
        var where = Filters.where()
                .ifPresent(query.status(), status -> equalTo(STATUS, status.name()))
                .ifPresent(query.customerId(), customer -> equalTo(CUSTOMER, customer.value()))
                .toSpecification();
        Sort sort = SortParameter.parse(query.sort(), SORTABLE, Sort.descending(CREATED_AT));
        return new SubscriptionPage(reads.asTenant(query.organizationId(), jdbc ->
                SUBSCRIPTIONS.find(jdbc, query.organizationId(), where, sort, query.page())));
    }
}
