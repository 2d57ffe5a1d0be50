/**
 * The keystore of §2 and the wallet an application opens on it: RSA key pairs under {@code <data-dir>/keys/} as
 * PKCS#8 PEM (encrypted with PBES2 unless the user asked for no password) next to SubjectPublicKeyInfo PEM, readable
 * by {@code openssl pkey}. Owns the owner-only, write-then-rename file handling; the PEM text is core's
 * ({@code dev.ccoin.core.keys}). Imports core only. Every type is stateless or immutable and thread-safe.
 */
package dev.ccoin.client.wallet;
