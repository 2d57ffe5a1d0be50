/**
 * {@code ccoin bench}: measurements of this machine, starting with {@code bench pow}, the hashcash solve-time table
 * of the original C++ solver plus the hash rate per thread count. Imports {@code core.pow} and picocli; each command
 * runs on the caller's thread and owns the nonce searches it creates.
 */
package dev.ccoin.cli.bench;
