package dev.ledger.infra;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * command-side has no Spring: its handlers outside aggregates are plain package-private classes, picked up here by
 * name so that Axon finds their command handlers and Spring gives them repositories and ports.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "dev.ledger.command", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "dev\\.ledger\\.command\\.(customer\\.CustomerPayers|paymentorder\\.PaymentOrderCreation"
                        + "|catalog\\.(PriceCreation|CatalogPrices)|tax\\.ScheduledTaxRates|promo\\.PromoCodeRedemptions)"))
class CommandSideConfiguration {
}
