package dev.ledger.infra.payments;

import dev.ledger.command.paymentorder.api.NoPaymentProviderConfigured;
import dev.ledger.command.paymentorder.api.PaymentProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until a gateway adapter is deployed (a bean implementing {@link PaymentProvider}), provider authorizations are
 * refused outright: no production code path ever pretends a payment succeeded.
 */
@Configuration(proxyBeanMethods = false)
class PaymentProviderConfiguration {

    @Bean
    @ConditionalOnMissingBean(PaymentProvider.class)
    PaymentProvider noPaymentProvider() {
        return request -> {
            throw new NoPaymentProviderConfigured();
        };
    }
}
