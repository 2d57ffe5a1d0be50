/**
 * SHA-256, RSA keys and RSASSA-PSS signatures as the spec fixes them (§1), and the address of a key. Built on the
 * JDK providers (SunRsaSign's PSS is the fastest on the JVM). All methods are thread-safe; digests and signature
 * engines are kept per thread.
 */
package dev.ccoin.core.crypto;
