package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import java.util.regex.Pattern;

/**
 * Why a payment failed: a machine-readable code (a gateway's decline code, say), whether trying again may
 * succeed, and an optional message for people.
 */
public record FailureReason(String code, boolean retryable, String message) {

    public static final int MAX_MESSAGE_LENGTH = 500;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public FailureReason {
        InvalidValue.required("failure.code", code);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidValue("failure.code", "must be 1 to 64 letters, digits, '.', '_', ':' or '-'");
        }
        message = FreeText.optional("failure.message", message, MAX_MESSAGE_LENGTH);
    }
}
