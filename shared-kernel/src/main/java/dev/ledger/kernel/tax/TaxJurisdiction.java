package dev.ledger.kernel.tax;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.customer.CountryCode;

/** Where a tax applies: a country, and optionally a region of it (a state, a province) as the authority names it. */
public record TaxJurisdiction(CountryCode country, String region) {

    public TaxJurisdiction {
        InvalidValue.required("country", country);
        region = FreeText.optional("region", region, 50);
    }

    public static TaxJurisdiction of(String country) {
        return new TaxJurisdiction(CountryCode.of(country), null);
    }

    /** The name the jurisdiction's tax schedule is found by. */
    public String key() {
        return region == null ? country.code() : country.code() + "/" + region;
    }
}
