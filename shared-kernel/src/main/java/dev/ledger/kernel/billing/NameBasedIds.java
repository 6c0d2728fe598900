package dev.ledger.kernel.billing;

import dev.ledger.kernel.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from what must be unique within an organization (a SKU, a promo code, a tax jurisdiction): two
 * creates of the same name address the same aggregate, so the event store itself refuses the second one.
 */
public final class NameBasedIds {

    private NameBasedIds() {
    }

    public static UUID of(String kind, OrganizationId organizationId, String name) {
        return UUID.nameUUIDFromBytes((kind + "\u0000" + organizationId + "\u0000" + name)
                .getBytes(StandardCharsets.UTF_8));
    }
}
