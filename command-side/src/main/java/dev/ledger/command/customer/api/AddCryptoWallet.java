package dev.ledger.command.customer.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CryptoWalletDetails;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AddCryptoWallet(
        OrganizationId organizationId,
        @TargetAggregateIdentifier CustomerId customerId,
        PaymentMethodId paymentMethodId,
        CryptoWalletDetails cryptoWallet,
        @TargetAggregateVersion Long expectedVersion) implements CustomerCommand {

    public AddCryptoWallet {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("paymentMethodId", paymentMethodId);
        InvalidValue.required("cryptoWallet", cryptoWallet);
        if (cryptoWallet.erased()) {
            throw new InvalidValue("cryptoWallet", "an erased wallet cannot be recorded");
        }
    }
}
