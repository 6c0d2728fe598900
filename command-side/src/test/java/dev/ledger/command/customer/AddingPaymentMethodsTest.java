package dev.ledger.command.customer;

import static dev.ledger.command.customer.CustomerTestData.ACME;
import static dev.ledger.command.customer.CustomerTestData.ALICE;
import static dev.ledger.command.customer.CustomerTestData.VISA_2027;
import static dev.ledger.command.customer.CustomerTestData.aliceRegistered;
import static dev.ledger.command.customer.CustomerTestData.cardAdded;

import dev.ledger.command.customer.api.AddBankAccount;
import dev.ledger.command.customer.api.AddCard;
import dev.ledger.command.customer.api.AddCryptoWallet;
import dev.ledger.command.customer.api.CardExpired;
import dev.ledger.command.customer.api.CustomerIsArchived;
import dev.ledger.command.customer.api.PaymentMethodAlreadyAdded;
import dev.ledger.command.customer.api.PaymentMethodLimitReached;
import dev.ledger.kernel.customer.BankAccountDetails;
import dev.ledger.kernel.customer.CardBrand;
import dev.ledger.kernel.customer.CardDetails;
import dev.ledger.kernel.customer.CryptoWalletDetails;
import dev.ledger.kernel.customer.CustomerArchived;
import dev.ledger.kernel.customer.PaymentMethodAdded;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PaymentMethodRemoved;
import dev.ledger.kernel.customer.PaymentMethodType;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class AddingPaymentMethodsTest {

    private final AggregateTestFixture<Customer> fixture = CustomerTestData.fixture();
    private final PaymentMethodId card = PaymentMethodId.newId();

    @Test
    void theFirstMethodBecomesTheDefault() {
        fixture.given(aliceRegistered())
                .when(new AddCard(ACME, ALICE, card, VISA_2027, null))
                .expectEvents(new PaymentMethodAdded(ACME, ALICE, card, PaymentMethodType.CARD, VISA_2027, null, null, true));
    }

    @Test
    void laterMethodsLeaveTheDefaultAlone() {
        PaymentMethodId account = PaymentMethodId.newId();
        BankAccountDetails details = BankAccountDetails.fromIban("GB82 WEST 1234 5698 7654 32", null);

        fixture.given(aliceRegistered(), cardAdded(card, true))
                .when(new AddBankAccount(ACME, ALICE, account, details, null))
                .expectEvents(new PaymentMethodAdded(
                        ACME, ALICE, account, PaymentMethodType.BANK_ACCOUNT, null, details, null, false));
    }

    @Test
    void aMethodAddedAfterTheLastOneWasRemovedBecomesTheDefault() {
        PaymentMethodId wallet = PaymentMethodId.newId();
        CryptoWalletDetails details = new CryptoWalletDetails("ethereum", "0x52908400098527886E0F7030069857D2E4169EE7");

        fixture.given(aliceRegistered(), cardAdded(card, true), new PaymentMethodRemoved(ACME, ALICE, card, true, null))
                .when(new AddCryptoWallet(ACME, ALICE, wallet, details, null))
                .expectEvents(new PaymentMethodAdded(
                        ACME, ALICE, wallet, PaymentMethodType.CRYPTO_WALLET, null, null, details, true));
    }

    @Test
    void aCardThatExpiredLastMonthIsRejected() {
        CardDetails expiredInMay = new CardDetails(CardBrand.VISA, "4242", 5, 2025);

        fixture.given(aliceRegistered())
                .when(new AddCard(ACME, ALICE, card, expiredInMay, null))
                .expectException(CardExpired.class)
                .expectNoEvents();
    }

    @Test
    void aCardExpiringThisMonthIsStillGood() {
        CardDetails expiresInJune = new CardDetails(CardBrand.MASTERCARD, "4444", 6, 2025);

        fixture.given(aliceRegistered())
                .when(new AddCard(ACME, ALICE, card, expiresInJune, null))
                .expectEvents(new PaymentMethodAdded(
                        ACME, ALICE, card, PaymentMethodType.CARD, expiresInJune, null, null, true));
    }

    @Test
    void anIdAlreadyUsedIsRejectedEvenAfterItsMethodWasRemoved() {
        fixture.given(aliceRegistered(), cardAdded(card, true), new PaymentMethodRemoved(ACME, ALICE, card, true, null))
                .when(new AddCard(ACME, ALICE, card, VISA_2027, null))
                .expectException(PaymentMethodAlreadyAdded.class)
                .expectNoEvents();
    }

    @Test
    void aTwentyFirstActiveMethodIsRejected() {
        fixture.given(customerWithCards(PaymentMethods.MAX_ACTIVE))
                .when(new AddCard(ACME, ALICE, card, VISA_2027, null))
                .expectException(PaymentMethodLimitReached.class)
                .expectExceptionMessage("Customer " + ALICE + " already has 20 payment methods, the most allowed")
                .expectNoEvents();
    }

    @Test
    void removedMethodsDoNotCountTowardsTheLimit() {
        List<Object> history = customerWithCards(PaymentMethods.MAX_ACTIVE);
        PaymentMethodId second = ((PaymentMethodAdded) history.get(2)).paymentMethodId();
        history.add(new PaymentMethodRemoved(ACME, ALICE, second, false, null));

        fixture.given(history)
                .when(new AddCard(ACME, ALICE, card, VISA_2027, null))
                .expectEvents(cardAdded(card, false));
    }

    @Test
    void anArchivedCustomerTakesNoNewMethods() {
        fixture.given(aliceRegistered(), new CustomerArchived(ACME, ALICE, "closed"))
                .when(new AddCard(ACME, ALICE, card, VISA_2027, null))
                .expectException(CustomerIsArchived.class)
                .expectNoEvents();
    }

    private static List<Object> customerWithCards(int count) {
        List<Object> history = new ArrayList<>();
        history.add(aliceRegistered());
        for (int i = 0; i < count; i++) {
            history.add(cardAdded(PaymentMethodId.newId(), i == 0));
        }
        return history;
    }
}
