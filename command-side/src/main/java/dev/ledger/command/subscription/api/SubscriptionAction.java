package dev.ledger.command.subscription.api;

/** What a command asks of a subscription, for the lifecycle table and the problem it reports. */
public enum SubscriptionAction {
    CHANGE_PLAN, RECORD_USAGE, APPLY_PROMO_CODE, PAUSE, RESUME, CANCEL, MARK_PAST_DUE
}
