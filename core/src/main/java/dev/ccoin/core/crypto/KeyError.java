package dev.ccoin.core.crypto;

/** Why bytes or text are not an acceptable ccoin key. */
public enum KeyError {
    /** Not DER / PEM of a key at all. */
    MALFORMED,
    /** A key of another algorithm than RSA. */
    NOT_RSA,
    /** An RSA key of a size other than 2048, 3072 or 4096 bits. */
    KEY_SIZE,
    /** An RSA public exponent other than 65537. */
    EXPONENT,
    /** An encrypted key whose password was not given or is wrong. */
    WRONG_PASSWORD
}
