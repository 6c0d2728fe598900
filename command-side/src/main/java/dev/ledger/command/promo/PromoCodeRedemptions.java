package dev.ledger.command.promo;

import dev.ledger.command.promo.api.PromoRedemptions;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.promo.CouponCode;
import dev.ledger.kernel.promo.PromoCodeId;
import dev.ledger.kernel.promo.PromoDiscount;
import dev.ledger.kernel.subscription.SubscriptionId;
import org.axonframework.modelling.command.Repository;

/** Loads the code's aggregate in the caller's unit of work; its lock is held until that unit commits. */
final class PromoCodeRedemptions implements PromoRedemptions {

    private final Repository<PromoCode> promoCodeRepository;

    PromoCodeRedemptions(Repository<PromoCode> promoCodeRepository) {
        this.promoCodeRepository = promoCodeRepository;
    }

    @Override
    public PromoDiscount redeem(OrganizationId organizationId, CouponCode code, CustomerId customerId,
            SubscriptionId subscriptionId) {
        return promoCodeRepository.load(PromoCodeId.forCode(organizationId, code).toString())
                .invoke(promo -> promo.redeem(organizationId, customerId, subscriptionId));
    }
}
