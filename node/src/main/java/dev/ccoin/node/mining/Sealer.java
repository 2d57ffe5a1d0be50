package dev.ccoin.node.mining;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.pow.NonceSearch;
import dev.ccoin.core.pow.SearchHandle;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;

/**
 * Turns a {@link Candidate} into a sealed {@link Block} (protocol §4): signs the seal hash with the authority's key,
 * then runs the hashcash nonce search over the same seal hash at the header's difficulty (the chain's, as the
 * builder set it) on the {@link NonceSearch}'s worker threads. The search is shared, not owned: starting a seal
 * cancels whatever the search was doing, and whoever created the search closes it. Thread-safe.
 */
public final class Sealer {
    private final MinerKey key;
    private final NonceSearch search;

    public Sealer(MinerKey key, NonceSearch search) {
        this.key = key;
        this.search = search;
    }

    /** Signs {@code candidate} on the calling thread and starts its nonce search; returns at once. */
    public Sealing start(Candidate candidate) {
        Hash32 sealHash = candidate.header().sealHash();
        Bytes signature = key.sign(sealHash);
        SearchHandle handle = search.start(sealHash, candidate.header().difficulty());
        return new Sealing(candidate, handle, nonce ->
                new Block(candidate.header(), key.publicKey(), signature, nonce, candidate.transactions()));
    }

    public MinerKey key() {
        return key;
    }

    /** The hash rate of the running search, or of the last one; 0 before the first. */
    public double hashRate() {
        return search.hashRate();
    }
}
