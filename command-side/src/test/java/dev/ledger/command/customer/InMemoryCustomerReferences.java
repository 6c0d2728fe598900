package dev.ledger.command.customer;

import dev.ledger.command.customer.api.CustomerReferences;
import dev.ledger.command.customer.api.DuplicateExternalReference;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.ExternalReference;
import java.util.HashMap;
import java.util.Map;

/** The unique-row behaviour of the real port, in a map. */
final class InMemoryCustomerReferences implements CustomerReferences {

    private record Key(OrganizationId organizationId, ExternalReference reference) {
    }

    private final Map<Key, CustomerId> owners = new HashMap<>();

    @Override
    public void claim(OrganizationId organizationId, ExternalReference reference, CustomerId customerId) {
        CustomerId owner = owners.putIfAbsent(new Key(organizationId, reference), customerId);
        if (owner != null && !owner.equals(customerId)) {
            throw new DuplicateExternalReference(organizationId, reference);
        }
    }

    CustomerId ownerOf(OrganizationId organizationId, ExternalReference reference) {
        return owners.get(new Key(organizationId, reference));
    }
}
