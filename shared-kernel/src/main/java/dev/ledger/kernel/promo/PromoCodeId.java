package dev.ledger.kernel.promo;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.Uuids;
import dev.ledger.kernel.billing.NameBasedIds;
import java.util.UUID;

/** A promo code of one organization; its id follows from its code, so a code is unique per organization. */
public record PromoCodeId(UUID value) {

    public PromoCodeId {
        InvalidValue.required("promoCodeId", value);
    }

    public static PromoCodeId forCode(OrganizationId organizationId, CouponCode code) {
        return new PromoCodeId(NameBasedIds.of("promo-code", organizationId, code.value()));
    }

    public static PromoCodeId parse(String text) {
        return new PromoCodeId(Uuids.parse("promoCodeId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
