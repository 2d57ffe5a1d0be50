package dev.ccoin.core.keys;

/**
 * How a private key is written: encrypted under a password (the default of §2), or in the clear, which only an
 * explicit {@code --no-password} chooses. Holds its own copy of the password; immutable and thread-safe.
 */
public final class KeyProtection {
    private static final KeyProtection NONE = new KeyProtection(null);

    private final char[] password;

    private KeyProtection(char[] password) {
        this.password = password;
    }

    /** A plain PKCS#8 key file, readable by anyone who can read the file. */
    public static KeyProtection none() {
        return NONE;
    }

    /** An encrypted key file; the password must not be empty. */
    public static KeyProtection password(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("an empty password protects nothing; choose no password explicitly");
        }
        return new KeyProtection(password.clone());
    }

    public boolean isEncrypted() {
        return password != null;
    }

    /** A copy of the password; only for an encrypted protection. */
    char[] password() {
        if (password == null) {
            throw new IllegalStateException("no password");
        }
        return password.clone();
    }

    @Override
    public String toString() {
        return isEncrypted() ? "KeyProtection[password]" : "KeyProtection[none]";
    }
}
