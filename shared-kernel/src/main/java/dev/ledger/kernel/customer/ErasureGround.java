package dev.ledger.kernel.customer;

/** Why a customer's personal data was erased: the grounds of GDPR article 17(1), in words an auditor reads. */
public enum ErasureGround {
    DATA_SUBJECT_REQUEST,
    CONSENT_WITHDRAWN,
    NO_LONGER_NECESSARY,
    UNLAWFUL_PROCESSING,
    LEGAL_OBLIGATION
}
