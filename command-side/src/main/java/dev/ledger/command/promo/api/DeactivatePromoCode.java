package dev.ledger.command.promo.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.promo.PromoCodeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeactivatePromoCode(OrganizationId organizationId, @TargetAggregateIdentifier PromoCodeId promoCodeId)
        implements TenantCommand {

    public DeactivatePromoCode {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("promoCodeId", promoCodeId);
    }
}
