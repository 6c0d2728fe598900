package dev.ledger.query.settings.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.query.spec.PageRequest;

public record ListPromoCodes(OrganizationId organizationId, PageRequest page) {

    public ListPromoCodes {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("page", page);
    }
}
