package dev.ccoin.node.storage;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.nio.charset.StandardCharsets;

/**
 * The key layout of the database, in one place. Every key is a one-byte column tag followed by the column's key
 * suffix; numbers in keys are big-endian so that byte order is numeric order and scans walk heights upwards.
 *
 * <table>
 * <caption>Columns</caption>
 * <tr><th>column</th><th>key after the tag</th><th>value</th></tr>
 * <tr><td>{@code 0x01 BLOCK}</td><td>block hash (32)</td><td>the block's wire bytes (§4), every stored block,
 *     canonical or not</td></tr>
 * <tr><td>{@code 0x02 HEIGHT}</td><td>be64(height)</td><td>hash (32) of the canonical block at that height</td></tr>
 * <tr><td>{@code 0x03 HEAD}</td><td>(none)</td><td>hash (32) of the head block</td></tr>
 * <tr><td>{@code 0x04 TOTAL_WORK}</td><td>block hash (32)</td><td>total work from genesis to that block,
 *     unsigned big-endian, no leading zero bytes (zero is empty)</td></tr>
 * <tr><td>{@code 0x05 TX_INDEX}</td><td>transaction hash (32)</td><td>where a canonical transaction sits:
 *     block hash (32) || be32(index in block)</td></tr>
 * <tr><td>{@code 0x06 STATE_NODE}</td><td>node hash (32)</td><td>an encoded state-tree node of a committed
 *     state; nodes are content-addressed, so committed roots share them, and a node here has its whole subtree
 *     here</td></tr>
 * <tr><td>{@code 0x07 ACCOUNT_TX}</td><td>address (20) || be64(height) || be32(index)</td><td>transaction hash
 *     (32): an account's canonical transactions in chain order (scan descending for newest first)</td></tr>
 * <tr><td>{@code 0x08 ACCOUNT}</td><td>address (20)</td><td>the account at the head: be64(balance) ||
 *     be64(nonce); a flat copy of the head's state tree leaves, updated in the same batch as the head, so head
 *     reads take one lookup instead of a walk down the tree</td></tr>
 * <tr><td>{@code 0x09 COMMITTED_STATE}</td><td>block hash (32)</td><td>the block's state root (32), written in the
 *     batch that commits that state's nodes: the marker a start after a crash re-executes from</td></tr>
 * <tr><td>{@code 0x7f META}</td><td>ASCII name</td><td>database facts: {@code genesis} → genesis hash (32),
 *     {@code schema} → be32(layout version), {@code params} → the chain parameters' canonical encoding (§5)</td></tr>
 * </table>
 *
 * Tags never change meaning once released; a new layout gets a new tag or a new schema version.
 */
public enum Column {
    BLOCK(0x01),
    HEIGHT(0x02),
    HEAD(0x03),
    TOTAL_WORK(0x04),
    TX_INDEX(0x05),
    STATE_NODE(0x06),
    ACCOUNT_TX(0x07),
    ACCOUNT(0x08),
    COMMITTED_STATE(0x09),
    META(0x7f);

    private final byte tag;

    Column(int tag) {
        this.tag = (byte) tag;
    }

    public byte tag() {
        return tag;
    }

    /** The tag alone: the key of {@link #HEAD}, and the prefix that scans a whole column. */
    public byte[] key() {
        return new byte[] {tag};
    }

    public byte[] key(Hash32 hash) {
        return builder().add(hash).build();
    }

    public byte[] key(Address address) {
        return builder().add(address).build();
    }

    /** The key of a number, as be64: heights. */
    public byte[] key(long number) {
        return builder().addLong(number).build();
    }

    /** The key of a name: {@link #META} entries. */
    public byte[] key(String name) {
        return builder().add(name.getBytes(StandardCharsets.US_ASCII)).build();
    }

    public byte[] key(byte[] suffix) {
        return builder().add(suffix).build();
    }

    /** A builder for composite keys, such as {@link #ACCOUNT_TX}'s, starting with this column's tag. */
    public KeyBuilder builder() {
        return new KeyBuilder(tag);
    }
}
