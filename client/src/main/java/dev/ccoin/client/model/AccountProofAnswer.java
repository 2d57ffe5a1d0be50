package dev.ccoin.client.model;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.List;

/**
 * {@code GET /accounts/{address}/proof}: the block the proof is against with its state root, the account as the node
 * states it (zeros when absent), and the proof — siblings from the root's children down, and the leaf the address's
 * path ends at (null for an empty subtree). Nothing here is proven until {@code client.proof} checks it against a
 * state root the caller trusts. Immutable.
 */
public record AccountProofAnswer(StateBlock block, Address address, long balance, long nonce, Proof proof) {
    /** The block, with the root the proof claims to hash up to. */
    public record StateBlock(long height, Hash32 hash, Hash32 stateRoot) {
    }

    /** The Merkle path: siblings from the root's children down, and the leaf where the path ends (or null). */
    public record Proof(List<Hash32> siblings, Leaf leaf) {
        public Proof {
            siblings = List.copyOf(siblings);
        }
    }

    /** A leaf of the state tree: an address and its account. */
    public record Leaf(Address address, long balance, long nonce) {
    }
}
