package dev.ledger.command.paymentorder.api;

/**
 * Port to a payment gateway. An adapter per gateway implements it later; until one is configured the service
 * refuses provider authorizations ({@link NoPaymentProviderConfigured}) rather than pretending they succeeded.
 */
public interface PaymentProvider {

    ProviderDecision authorize(ProviderRequest request);
}
