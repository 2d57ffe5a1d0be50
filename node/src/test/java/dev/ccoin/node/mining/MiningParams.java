package dev.ccoin.node.mining;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.PlaceholderData;
import dev.ccoin.core.testing.TestChain;

/**
 * {@link TestChain} parameters with some {@code block_mining} values changed, so a test states only the ones it is
 * about. Test-only; not thread-safe.
 */
final class MiningParams {
    private final ChainParams base;
    private int interval;
    private int minBound;
    private int maxBound;
    private int maxBlockBytes;
    private long reward;
    private boolean allowEmpty;
    private PlaceholderData placeholder;
    private long backupDelayMs;

    private MiningParams(ChainParams base) {
        this.base = base;
        ChainParams.BlockMining mining = base.mining();
        interval = mining.intervalSeconds();
        minBound = mining.minBound();
        maxBound = mining.maxBound();
        maxBlockBytes = mining.maxBlockBytes();
        reward = mining.reward();
        allowEmpty = mining.allowEmpty();
        placeholder = mining.placeholderData();
        backupDelayMs = mining.backupDelayMs();
    }

    /** {@code TestChain.params(authorities, difficulty, 4)}. */
    static MiningParams of(int authorities, int difficulty) {
        return new MiningParams(TestChain.params(authorities, difficulty, 4));
    }

    MiningParams interval(int seconds) {
        this.interval = seconds;
        return this;
    }

    MiningParams minBound(int minBound) {
        this.minBound = minBound;
        return this;
    }

    MiningParams maxBound(int maxBound) {
        this.maxBound = maxBound;
        return this;
    }

    MiningParams maxBlockBytes(int maxBlockBytes) {
        this.maxBlockBytes = maxBlockBytes;
        return this;
    }

    MiningParams reward(long reward) {
        this.reward = reward;
        return this;
    }

    MiningParams allowEmpty(boolean allowEmpty) {
        this.allowEmpty = allowEmpty;
        return this;
    }

    MiningParams placeholder(PlaceholderData placeholder) {
        this.placeholder = placeholder;
        return this;
    }

    MiningParams backupDelayMs(long backupDelayMs) {
        this.backupDelayMs = backupDelayMs;
        return this;
    }

    ChainParams build() {
        ChainParams.BlockMining mining = new ChainParams.BlockMining(interval, minBound, maxBound, maxBlockBytes,
                reward, base.mining().difficulty(), allowEmpty, placeholder, backupDelayMs);
        return new ChainParams(base.networkId(), base.authorities(), mining, base.transactions(), base.maxPeers(),
                base.genesis(), base.alloc());
    }
}
