package dev.ledger.command.customer;

import static dev.ledger.command.customer.CustomerTestData.ACME;
import static dev.ledger.command.customer.CustomerTestData.ALICE;
import static dev.ledger.command.customer.CustomerTestData.ALICE_DATA;
import static dev.ledger.command.customer.CustomerTestData.GERMANY;
import static dev.ledger.command.customer.CustomerTestData.GLOBEX;
import static dev.ledger.command.customer.CustomerTestData.aliceRegistered;
import static dev.ledger.command.customer.CustomerTestData.cardAdded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.command.customer.api.AddCryptoWallet;
import dev.ledger.command.customer.api.CustomerIsForgotten;
import dev.ledger.command.customer.api.ForgetCustomer;
import dev.ledger.command.customer.api.UpdateCustomerDetails;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.customer.CryptoWalletDetails;
import dev.ledger.kernel.customer.CustomerArchived;
import dev.ledger.kernel.customer.CustomerForgotten;
import dev.ledger.kernel.customer.EmailAddress;
import dev.ledger.kernel.customer.ErasureGround;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PaymentMethodVerified;
import dev.ledger.kernel.customer.PersonName;
import dev.ledger.kernel.customer.PersonalData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ForgettingCustomersTest {

    private static final PersonalData NEW_DATA =
            new PersonalData(new EmailAddress("alice@new.example"), new PersonName("Alice L."), null);

    private final AggregateTestFixture<Customer> fixture = CustomerTestData.fixture();

    @Test
    void forgettingRecordsTheGroundAndNoPersonalData() {
        fixture.given(aliceRegistered())
                .when(new ForgetCustomer(ACME, ALICE, ErasureGround.DATA_SUBJECT_REQUEST, null))
                .expectEvents(new CustomerForgotten(ACME, ALICE, ErasureGround.DATA_SUBJECT_REQUEST));
    }

    @Test
    void anArchivedCustomerCanStillBeForgotten() {
        fixture.given(aliceRegistered(), new CustomerArchived(ACME, ALICE, "closed"))
                .when(new ForgetCustomer(ACME, ALICE, ErasureGround.NO_LONGER_NECESSARY, null))
                .expectEvents(new CustomerForgotten(ACME, ALICE, ErasureGround.NO_LONGER_NECESSARY));
    }

    @Test
    void forgettingAForgottenCustomerAgainRecordsNothing() {
        fixture.given(aliceRegistered(), new CustomerForgotten(ACME, ALICE, ErasureGround.DATA_SUBJECT_REQUEST))
                .when(new ForgetCustomer(ACME, ALICE, ErasureGround.CONSENT_WITHDRAWN, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aForgottenCustomersPersonalDataCannotBeSetAgain() {
        fixture.given(aliceRegistered(), new CustomerForgotten(ACME, ALICE, ErasureGround.DATA_SUBJECT_REQUEST))
                .when(new UpdateCustomerDetails(ACME, ALICE, GERMANY, NEW_DATA, null))
                .expectException(CustomerIsForgotten.class)
                .expectNoEvents();
    }

    @Test
    void theFormerDetailsAreNotAcceptedAsUnchangedAfterForgetting() {
        // The cached aggregate must not compare against (or keep) the decrypted data it held before.
        fixture.given(aliceRegistered(), new CustomerForgotten(ACME, ALICE, ErasureGround.DATA_SUBJECT_REQUEST))
                .when(new UpdateCustomerDetails(ACME, ALICE, GERMANY, ALICE_DATA, null))
                .expectException(CustomerIsForgotten.class);
    }

    @Test
    void paymentMethodsStillWorkAfterForgetting() {
        PaymentMethodId card = PaymentMethodId.newId();
        fixture.given(aliceRegistered(), cardAdded(card, true),
                        new CustomerForgotten(ACME, ALICE, ErasureGround.DATA_SUBJECT_REQUEST))
                .when(new dev.ledger.command.customer.api.VerifyPaymentMethod(ACME, ALICE, card, null))
                .expectEvents(new PaymentMethodVerified(ACME, ALICE, card));
    }

    @Test
    void aWalletAddressIsPersonalDataSoAForgottenCustomerCannotAddOne() {
        fixture.given(aliceRegistered(), new CustomerForgotten(ACME, ALICE, ErasureGround.DATA_SUBJECT_REQUEST))
                .when(new AddCryptoWallet(ACME, ALICE, PaymentMethodId.newId(),
                        new CryptoWalletDetails("ethereum", "0x52908400098527886E0F7030069857D2E4169EE7"), null))
                .expectException(CustomerIsForgotten.class)
                .expectNoEvents();
    }

    @Test
    void anotherOrganizationCannotForgetTheCustomer() {
        fixture.given(aliceRegistered())
                .when(new ForgetCustomer(GLOBEX, ALICE, ErasureGround.DATA_SUBJECT_REQUEST, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void erasedPersonalDataCannotBeRecorded() {
        assertThatThrownBy(() -> new UpdateCustomerDetails(ACME, ALICE, GERMANY, PersonalData.ERASED, null))
                .isInstanceOf(InvalidValue.class)
                .satisfies(e -> assertThat(((InvalidValue) e).field()).isEqualTo("personalData"));
    }
}
