package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/**
 * A payment method was added. Exactly one of {@code card}, {@code bankAccount}, {@code cryptoWallet} is present,
 * the one {@code type} names. {@code becameDefault} says whether it is now the customer's default method.
 * Revision 2: a crypto wallet may read back erased (revision 1 rows upcast unchanged).
 */
@EventRevision("2")
public record PaymentMethodAdded(
        OrganizationId organizationId,
        CustomerId customerId,
        PaymentMethodId paymentMethodId,
        PaymentMethodType type,
        CardDetails card,
        BankAccountDetails bankAccount,
        CryptoWalletDetails cryptoWallet,
        boolean becameDefault) implements LedgerEvent {

    public PaymentMethodAdded {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("paymentMethodId", paymentMethodId);
        InvalidValue.required("type", type);
        if (!type.fits(card, bankAccount, cryptoWallet)) {
            throw new InvalidValue("type", "a " + type + " method carries its own details and no others");
        }
    }
}
