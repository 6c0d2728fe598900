package dev.ledger.kernel.customer;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the ledger keeps of a bank account: the IBAN with all but its country, check digits and last four
 * characters masked ({@code DE89************3000}), and the bank's name when known.
 */
public record BankAccountDetails(String maskedIban, String bankName) {

    public static final int MAX_BANK_NAME_LENGTH = 100;

    private static final Pattern MASKED_IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}\\*{7,26}[A-Z0-9]{4}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public BankAccountDetails {
        InvalidValue.required("iban", maskedIban);
        if (!MASKED_IBAN.matcher(maskedIban).matches()) {
            throw new InvalidValue("iban", "must be a masked IBAN such as DE89************3000");
        }
        bankName = FreeText.optional("bankName", bankName, MAX_BANK_NAME_LENGTH);
    }

    /** Checks a full IBAN (spaces allowed, any case) against its mod-97 check digits, then keeps it masked. */
    public static BankAccountDetails fromIban(String iban, String bankName) {
        InvalidValue.required("iban", iban);
        String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!IBAN.matcher(compact).matches()) {
            throw new InvalidValue("iban", "must be 15 to 34 letters and digits starting with a country and two check digits");
        }
        if (!hasValidCheckDigits(compact)) {
            throw new InvalidValue("iban", "fails the check-digit test; a character is probably mistyped");
        }
        String masked = compact.substring(0, 4) + "*".repeat(compact.length() - 8) + compact.substring(compact.length() - 4);
        return new BankAccountDetails(masked, bankName);
    }

    /** ISO 13616: move the first four characters to the end, read letters as 10..35; the number mod 97 is 1. */
    private static boolean hasValidCheckDigits(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder number = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            number.append(Character.getNumericValue(c));
        }
        return new BigInteger(number.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
