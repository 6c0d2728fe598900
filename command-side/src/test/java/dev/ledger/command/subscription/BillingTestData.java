package dev.ledger.command.subscription;

import dev.ledger.command.catalog.api.PriceCatalog;
import dev.ledger.command.catalog.api.PriceIsArchived;
import dev.ledger.command.currency.api.CurrencyNotSupported;
import dev.ledger.command.currency.api.SupportedCurrencies;
import dev.ledger.command.promo.api.PromoCodeExhausted;
import dev.ledger.command.promo.api.PromoRedemptions;
import dev.ledger.command.tax.api.TaxRates;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.BillingInterval;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;
import dev.ledger.kernel.catalog.PriceTier;
import dev.ledger.kernel.catalog.PriceTiers;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.promo.CouponCode;
import dev.ledger.kernel.promo.PromoDiscount;
import dev.ledger.kernel.tax.TaxJurisdiction;
import dev.ledger.kernel.tax.TaxRate;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** ACME's catalog in EUR: a 10.00 seat plan with a 14-day trial, a 12.00 seat plan, and graduated API calls. */
final class BillingTestData {

    static final OrganizationId ACME = OrganizationId.newId();
    static final OrganizationId GLOBEX = OrganizationId.newId();
    static final CustomerId CUSTOMER = CustomerId.newId();
    static final CurrencyCode EUR = CurrencyCode.of("EUR");
    static final TaxJurisdiction GERMANY = TaxJurisdiction.of("DE");

    static final PriceId BASIC = PriceId.newId();
    static final PriceId PRO = PriceId.newId();
    static final PriceId API_CALLS = PriceId.newId();
    static final PriceId ARCHIVED = PriceId.newId();
    static final PriceId YEARLY = PriceId.newId();

    static final PriceTerms BASIC_TERMS =
            new PriceTerms(EUR, BillingInterval.monthly(), PriceTiers.flat(1_000), false, 14, 1, 100);
    static final PriceTerms PRO_TERMS =
            new PriceTerms(EUR, BillingInterval.monthly(), PriceTiers.flat(1_200), false, 0, 1, 100);
    /** The first 100 calls at 0.02 EUR, every further call at 0.01 EUR. */
    static final PriceTerms API_TERMS = new PriceTerms(EUR, BillingInterval.monthly(),
            new PriceTiers(List.of(new PriceTier(100L, 2), new PriceTier(null, 1))), true, 0, 0, 1);
    static final PriceTerms YEARLY_TERMS = new PriceTerms(EUR,
            new BillingInterval(dev.ledger.kernel.catalog.IntervalUnit.YEAR, 1), PriceTiers.flat(10_000), false, 0, 1, 10);

    static final CouponCode WELCOME = CouponCode.of("WELCOME10");
    /** 10 % off the first three invoices. */
    static final PromoDiscount TEN_PERCENT_THREE_TIMES = PromoDiscount.percent(1_000, 3);

    private BillingTestData() {
    }

    static Money eur(long cents) {
        return new Money(cents, EUR);
    }

    static final class Prices implements PriceCatalog {
        private final Map<PriceId, PriceTerms> terms = Map.of(
                BASIC, BASIC_TERMS, PRO, PRO_TERMS, API_CALLS, API_TERMS, YEARLY, YEARLY_TERMS);

        @Override
        public PriceTerms activeTerms(OrganizationId organizationId, PriceId priceId) {
            if (priceId.equals(ARCHIVED)) {
                throw new PriceIsArchived(priceId);
            }
            return terms.get(priceId);
        }
    }

    /** ACME bills in the currencies given, EUR unless told otherwise. */
    static final class Currencies implements SupportedCurrencies {
        private final java.util.Set<CurrencyCode> supported;

        Currencies(CurrencyCode... supported) {
            this.supported = supported.length == 0 ? java.util.Set.of(EUR) : java.util.Set.of(supported);
        }

        @Override
        public void confirmSupported(OrganizationId organizationId, CurrencyCode currency) {
            if (!supported.contains(currency)) {
                throw new CurrencyNotSupported(currency);
            }
        }
    }

    /** Effective-dated rates per jurisdiction; none scheduled means untaxed. */
    static final class Taxes implements TaxRates {
        private final TreeMap<Instant, TaxRate> germany = new TreeMap<>();

        Taxes scheduled(Instant from, TaxRate rate) {
            germany.put(from, rate);
            return this;
        }

        @Override
        public TaxRate rateAt(OrganizationId organizationId, TaxJurisdiction jurisdiction, Instant at) {
            var entry = jurisdiction.equals(GERMANY) ? germany.floorEntry(at) : null;
            return entry == null ? TaxRate.none() : entry.getValue();
        }
    }

    /** Hands out WELCOME10 until {@code left} redemptions are used. */
    static final class Promos implements PromoRedemptions {
        private final Map<CouponCode, Integer> left = new HashMap<>(Map.of(WELCOME, 100));

        @Override
        public PromoDiscount redeem(OrganizationId organizationId, CouponCode code, CustomerId customerId,
                dev.ledger.kernel.subscription.SubscriptionId subscriptionId) {
            int remaining = left.getOrDefault(code, 0);
            if (remaining == 0) {
                throw new PromoCodeExhausted(code);
            }
            left.put(code, remaining - 1);
            return TEN_PERCENT_THREE_TIMES;
        }
    }
}
