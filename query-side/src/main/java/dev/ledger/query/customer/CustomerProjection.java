package dev.ledger.query.customer;

import static dev.ledger.query.projection.Lineage.IS_NEWER;
import static dev.ledger.query.projection.Lineage.RECORD;

import dev.ledger.kernel.customer.CustomerArchived;
import dev.ledger.kernel.customer.CustomerDetailsUpdated;
import dev.ledger.kernel.customer.CustomerForgotten;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.CustomerRegistered;
import dev.ledger.kernel.customer.DefaultPaymentMethodChanged;
import dev.ledger.kernel.customer.PaymentMethodAdded;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PaymentMethodRemoved;
import dev.ledger.kernel.customer.PaymentMethodVerified;
import dev.ledger.kernel.customer.PersonalData;
import dev.ledger.query.projection.Lineage;
import dev.ledger.query.projection.RebuildableProjection;
import dev.ledger.query.projection.TableNames;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import dev.ledger.query.projection.ProjectionWriter;
import org.springframework.stereotype.Component;

/** Keeps {@code customer_view} and {@code payment_method_view}: one customer aggregate feeds both. */
@Component
@ProcessingGroup(CustomerProjection.PROCESSING_GROUP)
class CustomerProjection implements RebuildableProjection {

    static final String PROCESSING_GROUP = "customer-read-model";
    static final String CUSTOMERS = "customer_view";
    static final String METHODS = "payment_method_view";
    static final int PROJECTOR_VERSION = 1;

    private final ProjectionWriter jdbc;
    private final String customers;
    private final String methods;

    @Autowired
    CustomerProjection(ProjectionWriter jdbc) {
        this(jdbc, TableNames.live());
    }

    private CustomerProjection(ProjectionWriter jdbc, TableNames tables) {
        this.jdbc = jdbc;
        this.customers = tables.of(CUSTOMERS);
        this.methods = tables.of(METHODS);
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of(CUSTOMERS, METHODS);
    }

    @Override
    public Object writingTo(TableNames tables) {
        return new CustomerProjection(jdbc, tables);
    }

    @EventHandler
    void on(CustomerRegistered event, Lineage lineage) {
        lineage.bind(jdbc.sql("INSERT INTO " + customers + """
                         (organization_id, customer_id, external_reference, country, email, name, status,
                            created_at, updated_at, aggregate_version, last_global_position, last_event_id, projector_version)
                        VALUES (:org, :id, :reference, :country, :email, :name, 'ACTIVE',
                            :at, :at, :version, :position, :eventId, :projector)
                        ON CONFLICT (customer_id) DO NOTHING
                        """), PROJECTOR_VERSION)
                .param("org", event.organizationId().value())
                .param("id", event.customerId().value())
                .param("reference", event.externalReference().value())
                .param("country", event.country().code())
                .param("email", email(event.personalData()))
                .param("name", name(event.personalData()))
                .update();
    }

    @EventHandler
    void on(CustomerDetailsUpdated event, Lineage lineage) {
        lineage.bind(jdbc.sql("UPDATE " + customers + " SET country = :country, email = :email, name = :name, "
                        + RECORD + " WHERE customer_id = :id AND " + IS_NEWER), PROJECTOR_VERSION)
                .param("id", event.customerId().value())
                .param("country", event.country().code())
                .param("email", email(event.personalData()))
                .param("name", name(event.personalData()))
                .update();
    }

    /** Erases for good: a replay after the forget reads the earlier events erased too, so nothing comes back. */
    @EventHandler
    void on(CustomerForgotten event, Lineage lineage) {
        lineage.bind(jdbc.sql("UPDATE " + customers + " SET email = NULL, name = NULL, forgotten_at = :at, "
                        + RECORD + " WHERE customer_id = :id AND " + IS_NEWER), PROJECTOR_VERSION)
                .param("id", event.customerId().value())
                .update();
        lineage.bind(jdbc.sql("UPDATE " + methods + " SET wallet_network = NULL, wallet_address = NULL, " + RECORD
                        + " WHERE customer_id = :id AND type = 'CRYPTO_WALLET' AND " + IS_NEWER), PROJECTOR_VERSION)
                .param("id", event.customerId().value())
                .update();
    }

    @EventHandler
    void on(CustomerArchived event, Lineage lineage) {
        touchCustomer(event.customerId(), "status = 'ARCHIVED'", lineage);
    }

    @EventHandler
    void on(PaymentMethodAdded event, Lineage lineage) {
        var card = event.card();
        var bank = event.bankAccount();
        var wallet = event.cryptoWallet();
        lineage.bind(jdbc.sql("INSERT INTO " + methods + """
                         (organization_id, payment_method_id, customer_id, type, card_brand, card_last4,
                            card_expiry_month, card_expiry_year, masked_iban, bank_name, wallet_network, wallet_address,
                            verified, is_default, status, added_at, updated_at,
                            aggregate_version, last_global_position, last_event_id, projector_version)
                        VALUES (:org, :id, :customer, :type, :brand, :last4, :month, :year, :iban, :bank, :network, :address,
                            false, :isDefault, 'ACTIVE', :at, :at, :version, :position, :eventId, :projector)
                        ON CONFLICT (payment_method_id) DO NOTHING
                        """), PROJECTOR_VERSION)
                .param("org", event.organizationId().value())
                .param("id", event.paymentMethodId().value())
                .param("customer", event.customerId().value())
                .param("type", event.type().name())
                .param("brand", card == null ? null : card.brand().name())
                .param("last4", card == null ? null : card.last4())
                .param("month", card == null ? null : card.expiryMonth())
                .param("year", card == null ? null : card.expiryYear())
                .param("iban", bank == null ? null : bank.maskedIban())
                .param("bank", bank == null ? null : bank.bankName())
                .param("network", wallet == null ? null : wallet.network())
                .param("address", wallet == null ? null : wallet.address())
                .param("isDefault", event.becameDefault())
                .update();
        if (event.becameDefault()) {
            touchCustomer(event.customerId(), "default_payment_method_id = :method", lineage,
                    event.paymentMethodId().value());
        } else {
            touchCustomer(event.customerId(), null, lineage);
        }
    }

    @EventHandler
    void on(PaymentMethodVerified event, Lineage lineage) {
        touchMethod(event.paymentMethodId(), "verified = true", lineage);
        touchCustomer(event.customerId(), null, lineage);
    }

    @EventHandler
    void on(DefaultPaymentMethodChanged event, Lineage lineage) {
        if (event.previous() != null) {
            touchMethod(event.previous(), "is_default = false", lineage);
        }
        touchMethod(event.current(), "is_default = true", lineage);
        touchCustomer(event.customerId(), "default_payment_method_id = :method", lineage, event.current().value());
    }

    @EventHandler
    void on(PaymentMethodRemoved event, Lineage lineage) {
        touchMethod(event.paymentMethodId(), "status = 'REMOVED', is_default = false", lineage);
        if (event.promotedDefault() != null) {
            touchMethod(event.promotedDefault(), "is_default = true", lineage);
            touchCustomer(event.customerId(), "default_payment_method_id = :method", lineage,
                    event.promotedDefault().value());
        } else {
            touchCustomer(event.customerId(),
                    "default_payment_method_id = NULLIF(default_payment_method_id, :method)", lineage,
                    event.paymentMethodId().value());
        }
    }

    private static String email(PersonalData data) {
        return data.erased() ? null : data.email().value();
    }

    private static String name(PersonalData data) {
        return data.erased() ? null : data.name().value();
    }

    private void touchCustomer(CustomerId customer, String change, Lineage lineage) {
        touchCustomer(customer, change, lineage, null);
    }

    /** Every customer event moves the customer row's version (change or not), so it is the aggregate's version. */
    private void touchCustomer(CustomerId customer, String change, Lineage lineage, UUID method) {
        String set = change == null ? RECORD : change + ", " + RECORD;
        lineage.bind(jdbc.sql("UPDATE " + customers + " SET " + set
                        + " WHERE customer_id = :id AND " + IS_NEWER), PROJECTOR_VERSION)
                .param("id", customer.value())
                .param("method", method, java.sql.Types.OTHER)
                .update();
    }

    private void touchMethod(PaymentMethodId method, String change, Lineage lineage) {
        lineage.bind(jdbc.sql("UPDATE " + methods + " SET " + change + ", " + RECORD
                        + " WHERE payment_method_id = :id AND " + IS_NEWER), PROJECTOR_VERSION)
                .param("id", method.value())
                .update();
    }
}
