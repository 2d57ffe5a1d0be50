/**
 * Test fixtures of the discovery module: a settable clock, signed request bodies with valid defaults, and a small
 * HTTP client for contract tests. Test-only; the clock is thread-safe, the builders are not.
 */
package dev.ccoin.discovery.testing;
