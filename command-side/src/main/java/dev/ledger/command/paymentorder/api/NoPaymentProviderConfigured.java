package dev.ledger.command.paymentorder.api;

/** No gateway adapter is configured: nothing was asked of any gateway and nothing was recorded. */
public final class NoPaymentProviderConfigured extends IllegalStateException {

    public NoPaymentProviderConfigured() {
        super("no payment provider is configured; authorize with a gateway's outcome through /authorize instead");
    }
}
