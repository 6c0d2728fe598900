package dev.ledger.command.customer.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces the country and all personal data at once; {@code expectedVersion} null means no version check. */
public record UpdateCustomerDetails(
        OrganizationId organizationId,
        @TargetAggregateIdentifier CustomerId customerId,
        CountryCode country,
        PersonalData personalData,
        @TargetAggregateVersion Long expectedVersion) implements CustomerCommand {

    public UpdateCustomerDetails {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("country", country);
        personalData = PersonalData.toRecord(personalData);
    }
}
