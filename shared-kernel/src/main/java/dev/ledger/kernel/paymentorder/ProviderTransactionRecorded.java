package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.util.regex.Pattern;

/**
 * What a gateway reported about the order, verbatim, whatever state the order is in: the audit trail to
 * reconcile against. {@code amount} is absent when the gateway did not state one.
 */
@EventRevision("1")
public record ProviderTransactionRecorded(
        OrganizationId organizationId,
        PaymentOrderId paymentOrderId,
        String provider,
        ProviderReference providerTransactionId,
        String rawStatus,
        Money amount) implements LedgerEvent {

    public static final int MAX_RAW_STATUS_LENGTH = 100;

    private static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9._-]{0,49}");

    public ProviderTransactionRecorded {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        provider = checkedProvider(provider);
        InvalidValue.required("providerTransactionId", providerTransactionId);
        rawStatus = checkedRawStatus(rawStatus);
    }

    /** A gateway's short lower-case name, such as {@code stripe} or {@code adyen}. */
    public static String checkedProvider(String provider) {
        InvalidValue.required("provider", provider);
        if (!PROVIDER.matcher(provider).matches()) {
            throw new InvalidValue("provider", "must be 1 to 50 lower-case letters, digits, '.', '_' or '-'");
        }
        return provider;
    }

    public static String checkedRawStatus(String rawStatus) {
        return FreeText.of("rawStatus", rawStatus, MAX_RAW_STATUS_LENGTH);
    }
}
