package dev.ledger.command.promo;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.ledger.command.api.Now;
import dev.ledger.command.api.TenantGuard;
import dev.ledger.command.promo.api.CreatePromoCode;
import dev.ledger.command.promo.api.DeactivatePromoCode;
import dev.ledger.command.promo.api.PromoCodeAlreadyRedeemed;
import dev.ledger.command.promo.api.PromoCodeExhausted;
import dev.ledger.command.promo.api.PromoCodeExpired;
import dev.ledger.command.promo.api.PromoCodeInactive;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.promo.CouponCode;
import dev.ledger.kernel.promo.PromoCodeCreated;
import dev.ledger.kernel.promo.PromoCodeDeactivated;
import dev.ledger.kernel.promo.PromoCodeId;
import dev.ledger.kernel.promo.PromoCodeRedeemed;
import dev.ledger.kernel.promo.PromoDiscount;
import dev.ledger.kernel.subscription.SubscriptionId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The consistency boundary of a code's limits: every redemption is an event of this aggregate, appended under its
 * lock, so the count never passes the maximum and a once-per-customer code is never redeemed twice by one customer.
 */
// Not cached: redemptions change it inside another aggregate's command, and instances share the store.
@Aggregate
class PromoCode {

    @AggregateIdentifier
    private PromoCodeId promoCodeId;
    private OrganizationId organizationId;
    private CouponCode code;
    private PromoDiscount discount;
    private Instant expiresAt;
    private int maxRedemptions;
    private boolean oncePerCustomer;
    private boolean active;
    private int redemptions;
    private final Set<CustomerId> customers = new HashSet<>();

    protected PromoCode() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    @CommandHandler
    PromoCode(CreatePromoCode command) {
        apply(new PromoCodeCreated(command.organizationId(), command.promoCodeId(), command.code(), command.discount(),
                command.expiresAt(), command.maxRedemptions(), command.oncePerCustomer()));
    }

    @CommandHandler
    void handle(DeactivatePromoCode command) {
        TenantGuard.requireOwner(organizationId, command.organizationId(), promoCodeId);
        if (active) {
            apply(new PromoCodeDeactivated(organizationId, promoCodeId));
        }
    }

    /** Called by {@link PromoCodeRedemptions} in the subscription's unit of work. */
    PromoDiscount redeem(OrganizationId asking, CustomerId customerId, SubscriptionId subscriptionId) {
        TenantGuard.requireOwner(organizationId, asking, promoCodeId);
        if (!active) {
            throw new PromoCodeInactive(code);
        }
        if (expiresAt != null && !Now.instant().isBefore(expiresAt)) {
            throw new PromoCodeExpired(code);
        }
        if (maxRedemptions > 0 && redemptions >= maxRedemptions) {
            throw new PromoCodeExhausted(code);
        }
        if (oncePerCustomer && customers.contains(customerId)) {
            throw new PromoCodeAlreadyRedeemed(code);
        }
        apply(new PromoCodeRedeemed(organizationId, promoCodeId, code, customerId, subscriptionId, discount,
                redemptions + 1));
        return discount;
    }

    @EventSourcingHandler
    void on(PromoCodeCreated event) {
        promoCodeId = event.promoCodeId();
        organizationId = event.organizationId();
        code = event.code();
        discount = event.discount();
        expiresAt = event.expiresAt();
        maxRedemptions = event.maxRedemptions();
        oncePerCustomer = event.oncePerCustomer();
        active = true;
    }

    @EventSourcingHandler
    void on(PromoCodeRedeemed event) {
        redemptions = event.redemptions();
        customers.add(event.customerId());
    }

    @EventSourcingHandler
    void on(PromoCodeDeactivated event) {
        active = false;
    }
}
