package dev.ledger.command.customer.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.BankAccountDetails;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Carries the masked IBAN ({@code BankAccountDetails.fromIban}), never the full one. */
public record AddBankAccount(
        OrganizationId organizationId,
        @TargetAggregateIdentifier CustomerId customerId,
        PaymentMethodId paymentMethodId,
        BankAccountDetails bankAccount,
        @TargetAggregateVersion Long expectedVersion) implements CustomerCommand {

    public AddBankAccount {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("paymentMethodId", paymentMethodId);
        InvalidValue.required("bankAccount", bankAccount);
    }
}
