package dev.ledger.query.customer;

import static dev.ledger.query.spec.Specification.before;
import static dev.ledger.query.spec.Specification.equalTo;
import static dev.ledger.query.spec.Specification.from;
import static dev.ledger.query.spec.Specification.startsWith;

import dev.ledger.query.customer.api.CustomerFilter;
import dev.ledger.query.customer.api.CustomerPage;
import dev.ledger.query.customer.api.CustomerView;
import dev.ledger.query.customer.api.FindCustomer;
import dev.ledger.query.customer.api.ListCustomers;
import dev.ledger.query.customer.api.ListPaymentMethods;
import dev.ledger.query.customer.api.PaymentMethodView;
import dev.ledger.query.spec.Column;
import dev.ledger.query.spec.Filters;
import dev.ledger.query.spec.PageRequest;
import dev.ledger.query.spec.ReadQuery;
import dev.ledger.query.spec.Sort;
import dev.ledger.query.spec.SortParameter;
import dev.ledger.query.spec.Specification;
import dev.ledger.query.tenancy.TenantReads;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class CustomerQueries {

    static final Column<UUID> ID = Column.uuid("customer_id");
    static final Column<String> REFERENCE = Column.text("external_reference");
    static final Column<String> COUNTRY = Column.text("country");
    static final Column<String> EMAIL = Column.text("email").nullable();
    static final Column<String> NAME = Column.text("name").nullable();
    static final Column<String> STATUS = Column.text("status");
    static final Column<UUID> DEFAULT_METHOD = Column.uuid("default_payment_method_id").nullable();
    static final Column<Instant> CREATED_AT = Column.instant("created_at");
    static final Column<Instant> UPDATED_AT = Column.instant("updated_at");
    static final Column<Long> VERSION = Column.int64("aggregate_version");
    static final Column<Long> POSITION = Column.int64("last_global_position");
    static final Column<Instant> FORGOTTEN_AT = Column.instant("forgotten_at").nullable();

    static final Map<String, Column<?>> SORTABLE = Map.of("createdAt", CREATED_AT, "externalReference", REFERENCE);

    private static final ReadQuery<CustomerView> CUSTOMERS = ReadQuery.of("customer_view",
            List.of(ID, REFERENCE, COUNTRY, EMAIL, NAME, STATUS, DEFAULT_METHOD, CREATED_AT, UPDATED_AT, VERSION, POSITION,
                    FORGOTTEN_AT),
            ID,
            (row, n) -> new CustomerView(ID.read(row), REFERENCE.read(row), COUNTRY.read(row), EMAIL.read(row),
                    NAME.read(row), STATUS.read(row), DEFAULT_METHOD.read(row), CREATED_AT.read(row),
                    UPDATED_AT.read(row), VERSION.read(row), POSITION.read(row),
                    FORGOTTEN_AT.read(row)));

    private final TenantReads reads;

    CustomerQueries(TenantReads reads) {
        this.reads = reads;
    }

    @QueryHandler
    Optional<CustomerView> handle(FindCustomer query) {
        return reads.asTenant(query.organizationId(), jdbc -> CUSTOMERS.find(jdbc, query.organizationId(),
                equalTo(ID, query.customerId().value()), Sort.unsorted(), PageRequest.first(1)).items().stream().findFirst());
    }

    @QueryHandler
    CustomerPage handle(ListCustomers query) {
        Specification where = specificationOf(query.filter());
        Sort sort = SortParameter.parse(query.sort(), SORTABLE, Sort.descending(CREATED_AT));
        return new CustomerPage(reads.asTenant(query.organizationId(), jdbc ->
                CUSTOMERS.find(jdbc, query.organizationId(), where, sort, query.page())));
    }

    @QueryHandler
    List<PaymentMethodView> handle(ListPaymentMethods query) {
        return reads.asTenant(query.organizationId(), jdbc -> jdbc.sql("""
                        SELECT payment_method_id, customer_id, type, card_brand, card_last4, card_expiry_month,
                               card_expiry_year, masked_iban, bank_name, wallet_network, wallet_address, verified,
                               is_default, status, added_at, aggregate_version
                          FROM payment_method_view
                         WHERE organization_id = ? AND customer_id = ?
                         ORDER BY added_at, payment_method_id
                        """)
                .params(query.organizationId().value(), query.customerId().value())
                .query((row, n) -> new PaymentMethodView(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), row.getString(4), row.getString(5), row.getObject(6, Integer.class),
                        row.getObject(7, Integer.class), row.getString(8), row.getString(9), row.getString(10),
                        row.getString(11), row.getBoolean(12), row.getBoolean(13), row.getString(14),
                        row.getTimestamp(15).toInstant(), row.getLong(16)))
                .list());
    }

    static Specification specificationOf(CustomerFilter filter) {
        return Filters.where()
                .ifPresent(filter.status(), status -> equalTo(STATUS, status))
                .ifPresent(filter.country(), country -> equalTo(COUNTRY, country))
                .ifPresent(filter.externalReferencePrefix(), prefix -> startsWith(REFERENCE, prefix))
                .ifPresent(filter.createdFrom(), instant -> from(CREATED_AT, instant))
                .ifPresent(filter.createdTo(), instant -> before(CREATED_AT, instant))
                .toSpecification();
    }
}
