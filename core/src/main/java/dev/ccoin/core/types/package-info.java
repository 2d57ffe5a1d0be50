/**
 * Immutable domain values made of bytes: {@link dev.ccoin.core.types.Hash32}, {@link dev.ccoin.core.types.Address}
 * and {@link dev.ccoin.core.types.Bytes}. Each copies in and out and compares by content, so it is safe in records,
 * maps and across threads. Imports nothing outside the JDK.
 */
package dev.ccoin.core.types;
