/**
 * Test fixtures shared by every module through the core test-jar: the published known-answer vectors and cached
 * test keys. Test-only; thread-safe.
 */
package dev.ccoin.core.testing;
