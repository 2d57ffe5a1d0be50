package dev.ccoin.core.block;

import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.util.List;

/**
 * The deterministic genesis block of a chain (protocol §5): height 0, zero parent and txRoot, the alloc's state root,
 * the parameters' hash as data, the zero address as miner, no key, no signature, no transactions, and the smallest
 * nonce that meets the genesis difficulty. Every node that runs {@code init} on the same parameters gets the same
 * hash; chains that differ in any parameter get different ones.
 */
public final class Genesis {
    private Genesis() {
    }

    public static Block block(ChainParams params) {
        Hash32 stateRoot = new StateTree(new InMemoryNodeStore()).update(Hash32.ZERO, params.alloc());
        BlockHeader header = new BlockHeader(BlockLimits.VERSION, params.networkId(), 0, Hash32.ZERO, Hash32.ZERO,
                stateRoot, params.genesis().timestamp(), Address.ZERO, params.genesis().difficulty(),
                Bytes.of(params.hash().toArray()));
        long nonce = Hashcash.smallestNonce(header.sealHash(), header.difficulty());
        return new Block(header, Bytes.EMPTY, Bytes.EMPTY, nonce, List.of());
    }
}
