/**
 * The canonical MessagePack codec of the spec (§1): arrays in field order, smallest integer, {@code bin} and
 * {@code str} forms, no maps and no floats. {@link dev.ccoin.core.codec.CanonicalWriter} produces the only bytes
 * ccoin ever hashes, stores or sends; {@link dev.ccoin.core.codec.CanonicalReader} accepts exactly those bytes and
 * fails with a {@link dev.ccoin.core.codec.DecodeError} on anything else. Readers and writers are single-threaded
 * objects; {@link dev.ccoin.core.codec.Codec} hands each thread its own reusable writer.
 */
package dev.ccoin.core.codec;
