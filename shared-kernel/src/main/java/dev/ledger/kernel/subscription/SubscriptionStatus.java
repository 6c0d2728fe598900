package dev.ledger.kernel.subscription;

/** TRIALING -> ACTIVE -> PAST_DUE -> ACTIVE again or EXPIRED; PAUSED and back; CANCELED and EXPIRED are final. */
public enum SubscriptionStatus {
    TRIALING, ACTIVE, PAST_DUE, PAUSED, CANCELED, EXPIRED;

    public boolean ended() {
        return this == CANCELED || this == EXPIRED;
    }
}
