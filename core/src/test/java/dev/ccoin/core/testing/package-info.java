/**
 * Test fixtures shared by every module through the core test-jar: the published known-answer vectors, cached test
 * keys, chains with easy proof of work, builders of valid transactions and blocks (change only what a test is
 * about), a fake clock, and a deadline-bound wait. Test-only; thread-safe unless a builder says otherwise.
 */
package dev.ccoin.core.testing;
