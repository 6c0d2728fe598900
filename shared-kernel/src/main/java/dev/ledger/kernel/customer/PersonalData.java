package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;

/**
 * Everything that identifies a customer as a person, and nothing else: forgetting a customer means destroying the
 * key this one group is encrypted with, so no personal data may live anywhere outside it. Once the key is gone the
 * group reads back as {@link #ERASED}: no values, {@code erased} true, so every reader can tell "forgotten" from
 * "never given".
 */
public record PersonalData(EmailAddress email, PersonName name, PostalAddress address, boolean erased) {

    /** What a forgotten customer's personal data reads as. */
    public static final PersonalData ERASED = new PersonalData(null, null, null, true);

    public PersonalData {
        if (erased) {
            if (email != null || name != null || address != null) {
                throw new InvalidValue("personalData", "erased personal data holds no values");
            }
        } else {
            InvalidValue.required("email", email);
            InvalidValue.required("name", name);
        }
    }

    public PersonalData(EmailAddress email, PersonName name, PostalAddress address) {
        this(email, name, address, false);
    }

    /** Commands carry personal data to record; erased data is only ever read back, never recorded. */
    public static PersonalData toRecord(PersonalData personalData) {
        InvalidValue.required("personalData", personalData);
        if (personalData.erased()) {
            throw new InvalidValue("personalData", "erased personal data cannot be recorded");
        }
        return personalData;
    }

    /** Personal data must not reach log lines through a message's toString. */
    @Override
    public String toString() {
        return erased ? "PersonalData[erased]" : "PersonalData[redacted]";
    }
}
