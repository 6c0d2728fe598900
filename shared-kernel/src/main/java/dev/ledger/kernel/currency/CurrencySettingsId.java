package dev.ledger.kernel.currency;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.Uuids;
import dev.ledger.kernel.billing.NameBasedIds;
import java.util.UUID;

/** An organization's one set of supported currencies and exchange rates. */
public record CurrencySettingsId(UUID value) {

    public CurrencySettingsId {
        InvalidValue.required("currencySettingsId", value);
    }

    public static CurrencySettingsId of(OrganizationId organizationId) {
        return new CurrencySettingsId(NameBasedIds.of("currency-settings", organizationId, ""));
    }

    public static CurrencySettingsId parse(String text) {
        return new CurrencySettingsId(Uuids.parse("currencySettingsId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
