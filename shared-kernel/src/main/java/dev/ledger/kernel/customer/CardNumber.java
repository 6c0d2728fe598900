package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import java.util.regex.Pattern;

/**
 * A full card number (PAN), for the edge only: it checks the number and yields {@link CardDetails}, which is all
 * the ledger keeps. Deliberately not a record, so no accessor, serializer or toString can hand the PAN on.
 */
public final class CardNumber {

    private static final Pattern TWELVE_TO_NINETEEN_DIGITS = Pattern.compile("[0-9]{12,19}");

    private final String digits;

    private CardNumber(String digits) {
        this.digits = digits;
    }

    /** Accepts the digits with the spaces or hyphens people group them with. */
    public static CardNumber parse(String text) {
        InvalidValue.required("cardNumber", text);
        String digits = text.replace(" ", "").replace("-", "");
        if (!TWELVE_TO_NINETEEN_DIGITS.matcher(digits).matches()) {
            throw new InvalidValue("cardNumber", "must be 12 to 19 digits");
        }
        if (!passesLuhn(digits)) {
            throw new InvalidValue("cardNumber", "fails the Luhn check; a digit is probably mistyped");
        }
        return new CardNumber(digits);
    }

    public CardBrand brand() {
        return CardBrand.of(digits);
    }

    public String last4() {
        return digits.substring(digits.length() - 4);
    }

    /** What the ledger keeps of a card: scheme, last four digits and expiry. */
    public CardDetails details(int expiryMonth, int expiryYear) {
        return new CardDetails(brand(), last4(), expiryMonth, expiryYear);
    }

    /** Every other digit from the right doubled, digits summed: a multiple of ten, or a typo. */
    private static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CardNumber card && card.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "*".repeat(digits.length() - 4) + last4();
    }
}
