/**
 * RSA keys as PEM text (§2): PKCS#8 private keys, encrypted with PBES2 unless no password is chosen, and
 * SubjectPublicKeyInfo public keys, as {@code openssl pkey} reads and writes them. Text only — the keystore (client
 * module) and the node read and write the files. Imports core's crypto and types and Bouncy Castle, used as a local
 * provider instance, never registered globally. Every type is stateless or immutable and thread-safe.
 */
package dev.ccoin.core.keys;
