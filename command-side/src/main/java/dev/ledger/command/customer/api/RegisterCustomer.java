package dev.ledger.command.customer.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.ExternalReference;
import dev.ledger.kernel.customer.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterCustomer(
        OrganizationId organizationId,
        @TargetAggregateIdentifier CustomerId customerId,
        ExternalReference externalReference,
        CountryCode country,
        PersonalData personalData) implements CustomerCommand {

    public RegisterCustomer {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("externalReference", externalReference);
        InvalidValue.required("country", country);
        personalData = PersonalData.toRecord(personalData);
    }
}
