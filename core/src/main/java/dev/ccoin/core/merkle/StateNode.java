package dev.ccoin.core.merkle;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.DecodeError;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A stored node of the state tree, kept under its {@link #hash()}: a {@link Leaf} holding one account, or a
 * {@link Branch} holding its two children's hashes ({@link Hash32#ZERO} for an empty child). The storage encoding
 * is {@code [0, address(bin20), balance, nonce]} or {@code [1, left(bin32), right(bin32)]}; the hash is not of
 * that encoding but of the spec's byte layout. Immutable.
 */
public sealed interface StateNode extends Encodable permits StateNode.Leaf, StateNode.Branch {
    /** The tag of a leaf in the storage encoding, and its hash prefix. */
    int LEAF_TAG = 0;
    /** The tag of a branch in the storage encoding, and its hash prefix. */
    int BRANCH_TAG = 1;

    /** The node's hash: the key it is stored under, and its parent's reference to it. */
    Hash32 hash();

    /** Reads one node, strictly. */
    static StateNode read(CanonicalReader reader) {
        int size = reader.arrayHeader(4, "state node");
        if (size < 1) {
            throw new DecodeException(DecodeError.WRONG_ARITY, "state node has no tag");
        }
        int tag = reader.u32(Integer.MAX_VALUE, "state node tag");
        int expected = tag == LEAF_TAG ? 4 : tag == BRANCH_TAG ? 3 : -1;
        if (expected < 0) {
            throw new DecodeException(DecodeError.INVALID_VALUE, "unknown state node tag " + tag);
        }
        if (size != expected) {
            throw new DecodeException(DecodeError.WRONG_ARITY,
                    "state node " + tag + " needs " + expected + " fields, got " + size);
        }
        try {
            if (tag == LEAF_TAG) {
                Address address = reader.address("leaf address");
                return new Leaf(address, new Account(reader.u64("leaf balance"), reader.u64("leaf nonce")));
            }
            return new Branch(reader.hash("branch left"), reader.hash("branch right"));
        } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeError.INVALID_VALUE, e.getMessage());
        }
    }

    /** Decodes exactly one node from {@code bytes}. */
    static StateNode decode(byte[] bytes) {
        return CanonicalReader.decode(bytes, StateNode::read);
    }

    /**
     * One account, with the subtree it stands for: a subtree holding exactly this account, at whatever depth.
     * Its hash is {@code H(0x00 || address || be64(balance) || be64(nonce))}. The account is never empty, because
     * an empty account is absent from the tree.
     */
    record Leaf(Address address, Account account) implements StateNode {
        public Leaf {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(account, "account");
            if (account.isEmpty()) {
                throw new IllegalArgumentException("an empty account is absent from the state tree: " + address);
            }
        }

        @Override
        public Hash32 hash() {
            MessageDigest digest = Sha256.digest();
            digest.update((byte) LEAF_TAG);
            address.updateDigest(digest);
            updateBe64(digest, account.balance());
            updateBe64(digest, account.nonce());
            return Hash32.of(digest.digest());
        }

        @Override
        public void write(CanonicalWriter writer) {
            writer.array(4).u64(LEAF_TAG).address(address).u64(account.balance()).u64(account.nonce());
        }

        private static void updateBe64(MessageDigest digest, long value) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                digest.update((byte) (value >>> shift));
            }
        }
    }

    /**
     * An internal node over at least two accounts: {@code H(0x01 || left || right)}. A child with no account is
     * {@link Hash32#ZERO}; both children empty would be an empty subtree, which has no node.
     */
    record Branch(Hash32 left, Hash32 right) implements StateNode {
        /** The encoding's length: fixarray(3), the tag, then two bin8 headers, each with its 32 bytes. */
        private static final int ENCODED_LENGTH = 2 + 2 * (2 + Hash32.LENGTH);

        public Branch {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            if (left.equals(Hash32.ZERO) && right.equals(Hash32.ZERO)) {
                throw new IllegalArgumentException("a branch over two empty subtrees is an empty subtree");
            }
        }

        @Override
        public Hash32 hash() {
            return Sha256.hash((byte) BRANCH_TAG, left, right);
        }

        /** The child on side {@code bit} (0 left, 1 right). */
        public Hash32 child(int bit) {
            return bit == 0 ? left : right;
        }

        /** The child on the other side of {@code bit}. */
        public Hash32 sibling(int bit) {
            return bit == 0 ? right : left;
        }

        @Override
        public void write(CanonicalWriter writer) {
            writer.array(3).u64(BRANCH_TAG).hash(left).hash(right);
        }

        /**
         * The same bytes as {@link #write}, laid out directly: the chain stores thousands of new branches per block,
         * and this skips the packer for each. {@code StateNodeTest} holds the two to each other.
         */
        @Override
        public byte[] encode() {
            byte[] encoded = new byte[ENCODED_LENGTH];
            encoded[0] = (byte) 0x93;
            encoded[1] = BRANCH_TAG;
            encoded[2] = (byte) 0xc4;
            encoded[3] = Hash32.LENGTH;
            left.copyInto(encoded, 4);
            encoded[4 + Hash32.LENGTH] = (byte) 0xc4;
            encoded[5 + Hash32.LENGTH] = Hash32.LENGTH;
            right.copyInto(encoded, 6 + Hash32.LENGTH);
            return encoded;
        }
    }
}
