package dev.ledger.kernel.promo;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The code takes no further redemptions; past ones keep their discount. */
@EventRevision("1")
public record PromoCodeDeactivated(
        OrganizationId organizationId,
        PromoCodeId promoCodeId) implements LedgerEvent {

    public PromoCodeDeactivated {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("promoCodeId", promoCodeId);
    }
}
