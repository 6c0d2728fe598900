package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import java.util.regex.Pattern;

/**
 * A wallet on a named network. The address is public on its chain, but tied to a customer it identifies a person:
 * it is personal data, encrypted like {@link PersonalData} and read back as {@link #ERASED} once the customer is
 * forgotten.
 */
public record CryptoWalletDetails(String network, String address, boolean erased) {

    /** What a forgotten customer's wallet reads as. */
    public static final CryptoWalletDetails ERASED = new CryptoWalletDetails(null, null, true);

    private static final Pattern NETWORK = Pattern.compile("[A-Za-z0-9._-]{1,50}");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9:._-]{1,128}");

    public CryptoWalletDetails {
        if (erased) {
            if (network != null || address != null) {
                throw new InvalidValue("wallet", "an erased wallet holds no values");
            }
        } else {
            InvalidValue.required("wallet.network", network);
            if (!NETWORK.matcher(network).matches()) {
                throw new InvalidValue("wallet.network", "must be 1 to 50 letters, digits, '.', '_' or '-'");
            }
            InvalidValue.required("wallet.address", address);
            if (!ADDRESS.matcher(address).matches()) {
                throw new InvalidValue("wallet.address", "must be 1 to 128 letters, digits, ':', '.', '_' or '-'");
            }
        }
    }

    public CryptoWalletDetails(String network, String address) {
        this(network, address, false);
    }

    /** The address is personal data: a log line gets the network only. */
    @Override
    public String toString() {
        return erased ? "CryptoWalletDetails[erased]" : "CryptoWalletDetails[network=" + network + ", address redacted]";
    }
}
