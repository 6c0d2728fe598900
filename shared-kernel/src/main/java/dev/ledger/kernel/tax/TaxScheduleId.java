package dev.ledger.kernel.tax;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.Uuids;
import dev.ledger.kernel.billing.NameBasedIds;
import java.util.UUID;

/** The effective-dated tax rates of one jurisdiction in one organization; one schedule per jurisdiction. */
public record TaxScheduleId(UUID value) {

    public TaxScheduleId {
        InvalidValue.required("taxScheduleId", value);
    }

    public static TaxScheduleId of(OrganizationId organizationId, TaxJurisdiction jurisdiction) {
        return new TaxScheduleId(NameBasedIds.of("tax-schedule", organizationId, jurisdiction.key()));
    }

    public static TaxScheduleId parse(String text) {
        return new TaxScheduleId(Uuids.parse("taxScheduleId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
