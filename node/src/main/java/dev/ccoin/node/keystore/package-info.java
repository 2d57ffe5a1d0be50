/**
 * The keystore of §2: RSA key pairs under {@code <data-dir>/keys/} as PKCS#8 PEM (encrypted with PBES2 unless the
 * user asked for no password) next to SubjectPublicKeyInfo PEM, readable by {@code openssl pkey}. Owns the PEM
 * encodings and the owner-only, write-then-rename file handling; imports core's crypto and types and Bouncy Castle
 * (as a local provider instance, never registered globally). All types are stateless or immutable and thread-safe.
 */
package dev.ccoin.node.keystore;
