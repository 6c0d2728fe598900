package dev.ledger.command.customer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.ledger.command.customer.api.AddBankAccount;
import dev.ledger.command.customer.api.AddCard;
import dev.ledger.command.customer.api.AddCryptoWallet;
import dev.ledger.command.customer.api.ArchiveCustomer;
import dev.ledger.command.customer.api.CardExpired;
import dev.ledger.command.customer.api.CustomerCommand;
import dev.ledger.command.customer.api.CustomerIsArchived;
import dev.ledger.command.customer.api.CustomerIsForgotten;
import dev.ledger.command.customer.api.ForgetCustomer;
import dev.ledger.command.customer.api.CustomerReferences;
import dev.ledger.command.customer.api.PaymentMethodAlreadyAdded;
import dev.ledger.command.customer.api.PaymentMethodHasPendingOrders;
import dev.ledger.command.customer.api.PaymentMethodLimitReached;
import dev.ledger.command.customer.api.PaymentMethodUsage;
import dev.ledger.command.customer.api.RegisterCustomer;
import dev.ledger.command.customer.api.RemovePaymentMethod;
import dev.ledger.command.customer.api.SetDefaultPaymentMethod;
import dev.ledger.command.customer.api.UnknownPaymentMethod;
import dev.ledger.command.customer.api.UpdateCustomerDetails;
import dev.ledger.command.customer.api.VerifyPaymentMethod;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.BankAccountDetails;
import dev.ledger.kernel.customer.CardDetails;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CryptoWalletDetails;
import dev.ledger.kernel.customer.CustomerArchived;
import dev.ledger.kernel.customer.CustomerDetailsUpdated;
import dev.ledger.kernel.customer.CustomerForgotten;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.CustomerRegistered;
import dev.ledger.kernel.customer.DefaultPaymentMethodChanged;
import dev.ledger.kernel.customer.PaymentMethodAdded;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PaymentMethodRemoved;
import dev.ledger.kernel.customer.PaymentMethodType;
import dev.ledger.kernel.customer.PaymentMethodVerified;
import dev.ledger.kernel.customer.PersonalData;
import java.time.Clock;
import java.time.YearMonth;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/** A payer of one organization, with the payment methods it may pay with. */
@Aggregate(cache = "aggregateCache")
class Customer {

    /** Word for word what Axon says of a missing aggregate, so another tenant cannot tell the two apart. */
    private static final String NOT_FOUND = "The aggregate was not found in the event store";

    @AggregateIdentifier
    private CustomerId customerId;
    private OrganizationId organizationId;
    private CountryCode country;
    private PersonalData personalData;
    private boolean archived;
    private boolean forgotten;
    private PaymentMethods paymentMethods;

    protected Customer() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    @CommandHandler
    Customer(RegisterCustomer command, CustomerReferences references) {
        references.claim(command.organizationId(), command.externalReference(), command.customerId());
        apply(new CustomerRegistered(command.organizationId(), command.customerId(), command.externalReference(),
                command.country(), command.personalData()));
    }

    /** Runs before every handler on an existing customer. */
    @CommandHandlerInterceptor
    void onlyForItsOwnOrganization(CustomerCommand command) {
        requireOrganization(command.organizationId());
    }

    @CommandHandler
    void handle(UpdateCustomerDetails command) {
        requireNotArchived();
        if (forgotten) {
            throw new CustomerIsForgotten(customerId);
        }
        if (country.equals(command.country()) && personalData.equals(command.personalData())) {
            return; // the same details again are a retry, not a change worth an event
        }
        apply(new CustomerDetailsUpdated(organizationId, customerId, command.country(), command.personalData()));
    }

    @CommandHandler
    void handle(ArchiveCustomer command) {
        if (archived) {
            return; // archiving is where the customer already is
        }
        apply(new CustomerArchived(organizationId, customerId, command.reason()));
    }

    /** Allowed in any state, archived included: erasure is a right, not a lifecycle step. */
    @CommandHandler
    void handle(ForgetCustomer command) {
        if (forgotten) {
            return; // the key is already gone; forgetting again changes nothing
        }
        apply(new CustomerForgotten(organizationId, customerId, command.ground()));
    }

    @CommandHandler
    void handle(AddCard command, Clock clock) {
        requireNotArchived();
        CardDetails card = command.card();
        if (card.expiredBy(YearMonth.now(clock))) {
            throw new CardExpired(customerId, card.expiry());
        }
        add(command.paymentMethodId(), PaymentMethodType.CARD, card, null, null);
    }

    @CommandHandler
    void handle(AddBankAccount command) {
        requireNotArchived();
        add(command.paymentMethodId(), PaymentMethodType.BANK_ACCOUNT, null, command.bankAccount(), null);
    }

    @CommandHandler
    void handle(AddCryptoWallet command) {
        requireNotArchived();
        if (forgotten) {
            throw new CustomerIsForgotten(customerId); // a wallet address is personal data, and its key is gone
        }
        add(command.paymentMethodId(), PaymentMethodType.CRYPTO_WALLET, null, null, command.cryptoWallet());
    }

    @CommandHandler
    void handle(VerifyPaymentMethod command) {
        requireNotArchived();
        if (paymentMethods.active(customerId, command.paymentMethodId()).verified()) {
            return;
        }
        apply(new PaymentMethodVerified(organizationId, customerId, command.paymentMethodId()));
    }

    @CommandHandler
    void handle(SetDefaultPaymentMethod command) {
        requireNotArchived();
        PaymentMethodId chosen = paymentMethods.active(customerId, command.paymentMethodId()).id();
        if (paymentMethods.isDefault(chosen)) {
            return;
        }
        apply(new DefaultPaymentMethodChanged(organizationId, customerId, paymentMethods.defaultMethod(), chosen));
    }

    @CommandHandler
    void handle(RemovePaymentMethod command, PaymentMethodUsage usage) {
        requireNotArchived();
        PaymentMethodId leaving = command.paymentMethodId();
        PaymentMethods.Method method = paymentMethods.find(leaving)
                .orElseThrow(() -> new UnknownPaymentMethod(customerId, leaving));
        if (method.removed()) {
            return; // removing it again is a retry
        }
        if (usage.hasPendingOrders(organizationId, leaving)) {
            throw new PaymentMethodHasPendingOrders(customerId, leaving);
        }
        boolean wasDefault = paymentMethods.isDefault(leaving);
        PaymentMethodId promoted = wasDefault ? paymentMethods.successorOf(leaving).orElse(null) : null;
        apply(new PaymentMethodRemoved(organizationId, customerId, leaving, wasDefault, promoted));
    }

    /** The rules a payment order needs of its payer; see {@link CustomerPayers}. */
    void confirmCanPay(OrganizationId organization, PaymentMethodId paymentMethodId) {
        requireOrganization(organization);
        requireNotArchived();
        if (paymentMethodId != null) {
            paymentMethods.active(customerId, paymentMethodId);
        }
    }

    private void add(PaymentMethodId id, PaymentMethodType type, CardDetails card, BankAccountDetails bankAccount,
            CryptoWalletDetails cryptoWallet) {
        if (paymentMethods.find(id).isPresent()) {
            throw new PaymentMethodAlreadyAdded(customerId, id);
        }
        if (paymentMethods.isFull()) {
            throw new PaymentMethodLimitReached(customerId, PaymentMethods.MAX_ACTIVE);
        }
        boolean becomesDefault = !paymentMethods.hasDefault();
        apply(new PaymentMethodAdded(organizationId, customerId, id, type, card, bankAccount, cryptoWallet, becomesDefault));
    }

    private void requireOrganization(OrganizationId organization) {
        if (!organizationId.equals(organization)) {
            throw new AggregateNotFoundException(customerId.toString(), NOT_FOUND);
        }
    }

    private void requireNotArchived() {
        if (archived) {
            throw new CustomerIsArchived(customerId);
        }
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        customerId = event.customerId();
        organizationId = event.organizationId();
        country = event.country();
        personalData = event.personalData();
        paymentMethods = PaymentMethods.none();
    }

    @EventSourcingHandler
    void on(CustomerDetailsUpdated event) {
        country = event.country();
        personalData = event.personalData();
    }

    @EventSourcingHandler
    void on(CustomerArchived event) {
        archived = true;
    }

    /** The decrypted data a cached instance still holds goes too, so no later event can carry it. */
    @EventSourcingHandler
    void on(CustomerForgotten event) {
        forgotten = true;
        personalData = PersonalData.ERASED;
    }

    @EventSourcingHandler
    void on(PaymentMethodAdded event) {
        paymentMethods = paymentMethods.added(event.paymentMethodId(), event.becameDefault());
    }

    @EventSourcingHandler
    void on(PaymentMethodVerified event) {
        paymentMethods = paymentMethods.verified(event.paymentMethodId());
    }

    @EventSourcingHandler
    void on(DefaultPaymentMethodChanged event) {
        paymentMethods = paymentMethods.withDefault(event.current());
    }

    @EventSourcingHandler
    void on(PaymentMethodRemoved event) {
        paymentMethods = paymentMethods.removed(event.paymentMethodId(), event.wasDefault(), event.promotedDefault());
    }
}
