package dev.ledger.command.subscription.api;

import dev.ledger.command.api.ConcurrencyKey;
import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.promo.CouponCode;
import dev.ledger.kernel.subscription.SubscriptionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Redeems a promo code for the subscription; its discount applies from the next invoice on. */
public record ApplyPromoCode(
        OrganizationId organizationId,
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        CouponCode code) implements TenantCommand, ConcurrencyKey {

    public ApplyPromoCode {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("code", code);
    }

    /** Redemptions of one code are handled one after another: the code's count is the consistency boundary. */
    @Override
    public String concurrencyKey() {
        return "promo-code:" + organizationId + ":" + code;
    }
}
