package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;

/**
 * Everything that identifies a customer as a person, and nothing else: forgetting a customer means destroying the
 * key this one group is encrypted with, so no personal data may live anywhere outside it.
 */
public record PersonalData(EmailAddress email, PersonName name, PostalAddress address) {

    public PersonalData {
        InvalidValue.required("email", email);
        InvalidValue.required("name", name);
    }

    /** Personal data must not reach log lines through a message's toString. */
    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}
