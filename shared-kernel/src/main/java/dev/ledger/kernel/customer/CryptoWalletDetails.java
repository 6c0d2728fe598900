package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import java.util.regex.Pattern;

/** A wallet on a named network; a public address is not secret, so it is kept as given. */
public record CryptoWalletDetails(String network, String address) {

    private static final Pattern NETWORK = Pattern.compile("[A-Za-z0-9._-]{1,50}");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9:._-]{1,128}");

    public CryptoWalletDetails {
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
