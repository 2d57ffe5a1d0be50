/**
 * SHA-256, RSA keys and RSASSA-PSS signatures as the spec fixes them (§1), and the address of a key. Built on the
 * JDK's providers, with RSASSA-PSS on AWS-LC where its native library loads ({@link dev.ccoin.core.crypto.PssProvider}).
 * All methods are thread-safe; digests and signature engines are kept per thread.
 */
package dev.ccoin.core.crypto;
