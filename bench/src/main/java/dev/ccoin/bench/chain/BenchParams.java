package dev.ccoin.bench.chain;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.PlaceholderData;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chain parameters for the benchmarks: one authority (so every block is in turn and the recency rule is empty), the
 * given senders funded in the alloc, and cheap proof of work for blocks and stamps, so that generating a chain costs
 * signatures, not hashing. Everything else is what a node enforces on any chain.
 */
final class BenchParams {
    static final long NETWORK_ID = 77;
    /** Block h is stamped {@code GENESIS_TIMESTAMP + h} seconds: well in the past even at height 10^6. */
    static final long GENESIS_TIMESTAMP = 1_700_000_000_000L;
    static final long BLOCK_SPACING_MS = 1_000;
    static final int DIFFICULTY = 4;
    static final int WORK_BITS = 4;
    static final long REWARD = 100;
    static final long FUNDS = 1_000_000_000_000L;

    private BenchParams() {
    }

    /** A chain sealed by {@code authority} whose blocks hold up to {@code maxTransactions} transactions. */
    static ChainParams of(KeyPair authority, List<KeyPair> funded, int maxTransactions, String name) {
        Map<Address, Account> alloc = new TreeMap<>();
        funded.forEach(keys -> alloc.put(RsaKeys.address(keys.getPublic()), new Account(FUNDS, 0)));
        return new ChainParams(NETWORK_ID, List.of(RsaKeys.address(authority.getPublic())),
                new ChainParams.BlockMining(1, 1, maxTransactions, 4_194_304, REWARD, DIFFICULTY, true,
                        PlaceholderData.random(15), 500),
                new ChainParams.TransactionParams(WORK_BITS, 1024),
                25,
                new ChainParams.GenesisHeader(GENESIS_TIMESTAMP, DIFFICULTY, name),
                new TreeMap<>(alloc));
    }

    static long timestamp(long height) {
        return GENESIS_TIMESTAMP + height * BLOCK_SPACING_MS;
    }

    /** The {@code i}-th of an endless list of distinct addresses nobody holds a key for. */
    static Address recipient(long i) {
        byte[] hash = Sha256.hash(ByteBuffer.allocate(Long.BYTES).putLong(i).array()).toArray();
        return Address.of(Arrays.copyOf(hash, Address.LENGTH));
    }
}
