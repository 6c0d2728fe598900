package dev.ledger.kernel.customer;

/** The kinds of payment method; each comes with exactly its own kind of details. */
public enum PaymentMethodType {
    CARD,
    BANK_ACCOUNT,
    CRYPTO_WALLET;

    /** True when only the details of this kind are present. */
    public boolean fits(CardDetails card, BankAccountDetails bankAccount, CryptoWalletDetails cryptoWallet) {
        return (card != null) == (this == CARD)
                && (bankAccount != null) == (this == BANK_ACCOUNT)
                && (cryptoWallet != null) == (this == CRYPTO_WALLET);
    }
}
