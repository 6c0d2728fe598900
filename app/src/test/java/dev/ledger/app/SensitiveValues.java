package dev.ledger.app;

import dev.ledger.testsupport.TestInfrastructure;
import java.util.List;

/**
 * Strings that must never appear in a log line: card numbers, IBANs, personal data and keys the log scenario uses.
 * The log test adds the API keys it used.
 */
final class SensitiveValues {

    static final String CARD_NUMBER = "4242424242424242";
    /** A valid Mastercard test number that is only ever sent where it does not belong (bad input). */
    static final String MISPLACED_CARD_NUMBER = "5555555555554444";
    /** Fails the Luhn check: rejected, and must not be echoed either. */
    static final String MISTYPED_CARD_NUMBER = "4242424242424241";
    static final String IBAN = "DE89370400440532013000";
    static final String IBAN_AS_TYPED = "DE89 3704 0044 0532 0130 00";
    static final String EMAIL_LOCAL_PART = "logan.leakfree";
    static final String EMAIL = EMAIL_LOCAL_PART + "@example.net";
    static final String NAME = "Logan Leakfree";
    static final String NEW_NAME = "Logan Renamed";
    static final String STREET = "Quietstreet 12";
    static final String WALLET = "0x8617E340B3D01FA5F11F306F4090FD50E238070D";

    private SensitiveValues() {
    }

    /** Every forbidden string, each also in its grouped or upper-cased spellings where people type them so. */
    static List<String> forbidden() {
        return List.of(CARD_NUMBER, "4242 4242 4242 4242", MISPLACED_CARD_NUMBER, MISTYPED_CARD_NUMBER,
                IBAN, IBAN_AS_TYPED, EMAIL_LOCAL_PART, NAME, NEW_NAME, "Leakfree", STREET, WALLET,
                TestInfrastructure.PII_MASTER_KEY);
    }
}
