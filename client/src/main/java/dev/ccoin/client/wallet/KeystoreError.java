package dev.ccoin.client.wallet;

import dev.ccoin.core.keys.KeyPemError;

/** Why a keystore operation failed. */
public enum KeystoreError {
    /** No key file for that address, or no key at all when one was needed. */
    NO_SUCH_KEY,
    /** A key for that address is already in the keystore. */
    ALREADY_EXISTS,
    /** The key file is encrypted and the password does not open it. */
    WRONG_PASSWORD,
    /** The key file is encrypted and no password was given. */
    PASSWORD_REQUIRED,
    /** The file is not a PEM private or public key. */
    MALFORMED_KEY_FILE,
    /** A key, but not one ccoin accepts (not RSA, not 2048/3072/4096 bits, exponent not 65537). */
    UNSUPPORTED_KEY,
    /** The key in a file does not hash to the address the file is named after. */
    KEY_MISMATCH,
    /** Several keys where the caller needs exactly one. */
    AMBIGUOUS,
    /** The file system refused a read or write. */
    IO;

    /** The reason for a key file whose PEM text does not decode. */
    public static KeystoreError of(KeyPemError reason) {
        return switch (reason) {
            case MALFORMED_KEY_FILE -> MALFORMED_KEY_FILE;
            case UNSUPPORTED_KEY -> UNSUPPORTED_KEY;
            case WRONG_PASSWORD -> WRONG_PASSWORD;
            case PASSWORD_REQUIRED -> PASSWORD_REQUIRED;
        };
    }
}
