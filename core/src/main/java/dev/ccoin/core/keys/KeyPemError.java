package dev.ccoin.core.keys;

/** Why PEM text does not give a key ccoin can use. */
public enum KeyPemError {
    /** The text is not a PEM private or public key, or the key inside is damaged. */
    MALFORMED_KEY_FILE,
    /** A key, but not one ccoin accepts (not RSA, not 2048/3072/4096 bits, exponent not 65537), or an encryption
     *  scheme this build cannot read. */
    UNSUPPORTED_KEY,
    /** The key is encrypted and the password does not open it. */
    WRONG_PASSWORD,
    /** The key is encrypted and no password was given. */
    PASSWORD_REQUIRED
}
