package dev.ledger.command.subscription;

import static dev.ledger.command.subscription.api.SubscriptionAction.APPLY_PROMO_CODE;
import static dev.ledger.command.subscription.api.SubscriptionAction.CANCEL;
import static dev.ledger.command.subscription.api.SubscriptionAction.CHANGE_PLAN;
import static dev.ledger.command.subscription.api.SubscriptionAction.MARK_PAST_DUE;
import static dev.ledger.command.subscription.api.SubscriptionAction.PAUSE;
import static dev.ledger.command.subscription.api.SubscriptionAction.RECORD_USAGE;
import static dev.ledger.command.subscription.api.SubscriptionAction.RESUME;

import dev.ledger.command.subscription.api.IllegalSubscriptionTransition;
import dev.ledger.command.subscription.api.SubscriptionAction;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.subscription.SubscriptionStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The actions each status allows; everything else is an illegal transition. */
final class SubscriptionLifecycle {

    private static final Map<SubscriptionStatus, Set<SubscriptionAction>> ALLOWED = Map.of(
            SubscriptionStatus.TRIALING, EnumSet.of(CHANGE_PLAN, RECORD_USAGE, APPLY_PROMO_CODE, CANCEL),
            SubscriptionStatus.ACTIVE, EnumSet.of(CHANGE_PLAN, RECORD_USAGE, APPLY_PROMO_CODE, PAUSE, CANCEL, MARK_PAST_DUE),
            SubscriptionStatus.PAST_DUE, EnumSet.of(RECORD_USAGE, APPLY_PROMO_CODE, CANCEL, MARK_PAST_DUE),
            SubscriptionStatus.PAUSED, EnumSet.of(RESUME, CANCEL),
            SubscriptionStatus.CANCELED, EnumSet.noneOf(SubscriptionAction.class),
            SubscriptionStatus.EXPIRED, EnumSet.noneOf(SubscriptionAction.class));

    private SubscriptionLifecycle() {
    }

    static void require(SubscriptionId subscriptionId, SubscriptionStatus status, SubscriptionAction action) {
        if (!ALLOWED.get(status).contains(action)) {
            throw new IllegalSubscriptionTransition(subscriptionId, status, action);
        }
    }
}
