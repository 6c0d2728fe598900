package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.ProviderReference;

/** A gateway's answer: which gateway, its transaction id and raw status, and approved or declined with a reason. */
public record ProviderDecision(String provider, ProviderReference transactionId, String rawStatus, FailureReason decline) {

    public ProviderDecision {
        InvalidValue.required("provider", provider);
        InvalidValue.required("transactionId", transactionId);
        InvalidValue.required("rawStatus", rawStatus);
    }

    public static ProviderDecision approved(String provider, ProviderReference transactionId, String rawStatus) {
        return new ProviderDecision(provider, transactionId, rawStatus, null);
    }

    public static ProviderDecision declined(String provider, ProviderReference transactionId, String rawStatus,
            FailureReason reason) {
        return new ProviderDecision(provider, transactionId, rawStatus, InvalidValue.required("decline", reason));
    }

    public boolean isApproved() {
        return decline == null;
    }
}
