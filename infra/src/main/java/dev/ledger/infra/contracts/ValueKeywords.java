package dev.ledger.infra.contracts;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.EmailAddress;
import dev.ledger.kernel.paymentorder.OrderNumber;
import java.util.Map;

/**
 * Schema keywords for kernel values whose rules consumers can check themselves. They document; the compatibility
 * gate compares JSON types, formats and shapes, so a change here only asks for regeneration.
 */
final class ValueKeywords {

    private static final Map<Class<?>, Map<String, String>> KEYWORDS = Map.of(
            CurrencyCode.class, Map.of("pattern", "^[A-Z]{3}$", "description", "ISO 4217 alphabetic currency code"),
            CountryCode.class, Map.of("pattern", "^[A-Z]{2}$", "description", "ISO 3166-1 alpha-2 country code"),
            EmailAddress.class, Map.of("format", "email"),
            OrderNumber.class, Map.of("pattern", "^[0-9]{8}-[0-9]{6,18}$",
                    "description", "YYYYMMDD-NNNNNN: the day the order was created and that day's sequence"),
            Money.class, Map.of("description",
                    "An amount in integer minor units of its currency (cents for EUR, yen for JPY); never negative"));

    private ValueKeywords() {
    }

    static Map<String, String> of(Class<?> type) {
        return KEYWORDS.getOrDefault(type, Map.of());
    }
}
