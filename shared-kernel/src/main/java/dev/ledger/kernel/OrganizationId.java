package dev.ledger.kernel;

import java.util.UUID;

/** The tenant: every event, row and request belongs to exactly one organization. */
public record OrganizationId(UUID value) {

    public OrganizationId {
        InvalidValue.required("organizationId", value);
    }

    public static OrganizationId newId() {
        return new OrganizationId(TimeOrderedUuid.next());
    }

    public static OrganizationId parse(String text) {
        return new OrganizationId(Uuids.parse("organizationId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
