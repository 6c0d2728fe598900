package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.time.Instant;

/** A billing period began (the first after the trial or creation, or a renewal); number 1 is the first. */
@EventRevision("1")
public record SubscriptionPeriodStarted(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        long periodNumber,
        Instant periodStart,
        Instant periodEnd) implements LedgerEvent {

    public SubscriptionPeriodStarted {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("periodStart", periodStart);
        InvalidValue.required("periodEnd", periodEnd);
        if (periodNumber < 1 || !periodEnd.isAfter(periodStart)) {
            throw new InvalidValue("periodEnd", "a period is numbered from 1 and ends after it starts");
        }
    }
}
