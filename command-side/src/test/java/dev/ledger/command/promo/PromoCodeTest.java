package dev.ledger.command.promo;

import dev.ledger.command.promo.api.CreatePromoCode;
import dev.ledger.command.promo.api.DeactivatePromoCode;
import dev.ledger.command.promo.api.PromoCodeAlreadyRedeemed;
import dev.ledger.command.promo.api.PromoCodeExhausted;
import dev.ledger.command.promo.api.PromoCodeExpired;
import dev.ledger.command.promo.api.PromoCodeInactive;
import dev.ledger.kernel.Money;
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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class PromoCodeTest {

    private static final OrganizationId ACME = OrganizationId.newId();
    private static final CouponCode CODE = CouponCode.of("SPRING-5");
    private static final PromoCodeId ID = PromoCodeId.forCode(ACME, CODE);
    private static final PromoDiscount FIVE_OFF = PromoDiscount.amountOff(Money.of(500, "EUR"), 1);
    private static final CustomerId JANE = CustomerId.newId();
    private static final CustomerId JOHN = CustomerId.newId();
    private static final Instant EXPIRY = Instant.parse("2026-06-01T00:00:00Z");

    private final AggregateTestFixture<PromoCode> fixture = new AggregateTestFixture<>(PromoCode.class);

    private static PromoCodeCreated created(int max, boolean oncePerCustomer) {
        return new PromoCodeCreated(ACME, ID, CODE, FIVE_OFF, EXPIRY, max, oncePerCustomer);
    }

    private static PromoCodeRedeemed redeemed(CustomerId customer, int count) {
        return new PromoCodeRedeemed(ACME, ID, CODE, customer, SubscriptionId.newId(), FIVE_OFF, count);
    }

    @Test
    void theCodesIdFollowsFromTheCodeSoACodeIsUniquePerOrganization() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromoCode(ACME, CODE, FIVE_OFF, EXPIRY, 2, true))
                .expectEvents(created(2, true));
    }

    @Test
    void aRedemptionCountsUpToTheMaximum() {
        SubscriptionId subscription = SubscriptionId.newId();
        fixture.given(created(2, false), redeemed(JANE, 1))
                .andGivenCurrentTime(Instant.parse("2026-05-01T00:00:00Z"))
                .whenInvoking(ID.toString(), promo -> promo.redeem(ACME, JOHN, subscription))
                .expectEvents(new PromoCodeRedeemed(ACME, ID, CODE, JOHN, subscription, FIVE_OFF, 2));
    }

    @Test
    void theMaximumIsNeverExceeded() {
        fixture.given(created(2, false), redeemed(JANE, 1), redeemed(JOHN, 2))
                .andGivenCurrentTime(Instant.parse("2026-05-01T00:00:00Z"))
                .whenInvoking(ID.toString(), promo -> promo.redeem(ACME, CustomerId.newId(), SubscriptionId.newId()))
                .expectException(PromoCodeExhausted.class)
                .expectNoEvents();
    }

    @Test
    void aOncePerCustomerCodeIsNotRedeemedTwiceByOneCustomer() {
        fixture.given(created(0, true), redeemed(JANE, 1))
                .andGivenCurrentTime(Instant.parse("2026-05-01T00:00:00Z"))
                .whenInvoking(ID.toString(), promo -> promo.redeem(ACME, JANE, SubscriptionId.newId()))
                .expectException(PromoCodeAlreadyRedeemed.class);
    }

    @Test
    void anExpiredCodeIsRefused() {
        fixture.given(created(0, false))
                .andGivenCurrentTime(EXPIRY)
                .whenInvoking(ID.toString(), promo -> promo.redeem(ACME, JANE, SubscriptionId.newId()))
                .expectException(PromoCodeExpired.class);
    }

    @Test
    void aDeactivatedCodeIsRefused() {
        fixture.given(created(0, false), new PromoCodeDeactivated(ACME, ID))
                .andGivenCurrentTime(Instant.parse("2026-05-01T00:00:00Z"))
                .whenInvoking(ID.toString(), promo -> promo.redeem(ACME, JANE, SubscriptionId.newId()))
                .expectException(PromoCodeInactive.class);
    }

    @Test
    void deactivatingTwiceRecordsItOnce() {
        fixture.given(created(0, false), new PromoCodeDeactivated(ACME, ID))
                .when(new DeactivatePromoCode(ACME, ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
