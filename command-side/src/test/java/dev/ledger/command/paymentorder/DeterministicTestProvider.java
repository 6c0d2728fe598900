package dev.ledger.command.paymentorder;

import dev.ledger.command.paymentorder.api.PaymentProvider;
import dev.ledger.command.paymentorder.api.ProviderDecision;
import dev.ledger.command.paymentorder.api.ProviderRequest;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.ProviderReference;

/**
 * A gateway for tests whose answer follows from the request alone: amounts ending in 13 minor units are declined
 * (card declined, not retryable), all others approved; the transaction id is derived from the order id.
 */
final class DeterministicTestProvider implements PaymentProvider {

    static final String NAME = "deterministic-test";

    @Override
    public ProviderDecision authorize(ProviderRequest request) {
        ProviderReference transaction = ProviderReference.of("tx_" + request.paymentOrderId().value().toString().substring(0, 8));
        if (request.amount().amountMinor() % 100 == 13) {
            return ProviderDecision.declined(NAME, transaction, "declined",
                    new FailureReason("card_declined", false, "the issuer declined the card"));
        }
        return ProviderDecision.approved(NAME, transaction, "succeeded");
    }
}
