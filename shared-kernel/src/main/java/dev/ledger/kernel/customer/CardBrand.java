package dev.ledger.kernel.customer;

/** The card scheme, told by the leading digits of the card number (its issuer identification number). */
public enum CardBrand {
    VISA,
    MASTERCARD,
    AMEX,
    DISCOVER,
    OTHER;

    /** Reads the scheme from the digits of a card number; ranges as the schemes publish them. */
    static CardBrand of(String digits) {
        int two = Integer.parseInt(digits.substring(0, 2));
        int three = Integer.parseInt(digits.substring(0, 3));
        int four = Integer.parseInt(digits.substring(0, 4));
        int six = Integer.parseInt(digits.substring(0, 6));
        if (two == 34 || two == 37) {
            return AMEX;
        }
        if (digits.charAt(0) == '4') {
            return VISA;
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return MASTERCARD;
        }
        if (four == 6011 || two == 65 || (three >= 644 && three <= 649) || (six >= 622126 && six <= 622925)) {
            return DISCOVER;
        }
        return OTHER;
    }
}
