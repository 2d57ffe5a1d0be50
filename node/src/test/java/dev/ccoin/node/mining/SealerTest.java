package dev.ccoin.node.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.pow.NonceSearch;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SealerTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final NonceSearch search = NonceSearch.withThreads(2);
    private final MinerKey key = MinerKey.of(TestKeys.get(0));

    @AfterEach
    void closeSearch() {
        search.close();
    }

    @Test
    void aSealedBlockMeetsTheDifficultyAndItsSignatureVerifiesAgainstTheMinerKey() throws Exception {
        ChainParams params = MiningParams.of(1, 10).build();
        Candidate candidate = candidate(params);

        Block block = new Sealer(key, search).start(candidate).block().get(LIMIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(block.header()).isEqualTo(candidate.header());
        assertThat(block.transactions()).isEqualTo(candidate.transactions());
        assertThat(block.hash().leadingZeroBits()).isGreaterThanOrEqualTo(10);
        assertThat(Hashcash.meets(block.sealHash(), block.nonce(), params.mining().difficulty())).isTrue();
        assertThat(RsaKeys.address(block.minerKey())).isEqualTo(block.header().miner());
        assertThat(Pss.verify(RsaKeys.publicKey(block.minerKey()), block.sealHash(), block.signature())).isTrue();
        assertThat(Block.decode(block.encode())).isEqualTo(block);
    }

    @Test
    void cancellingASealingStopsItsSearchAndFailsItsBlock() {
        Sealing sealing = new Sealer(key, search).start(candidate(MiningParams.of(1, 64).build()));

        sealing.cancel();

        Await.until(LIMIT, "the search workers have left", () -> !sealing.isSearching());
        assertThatThrownBy(() -> sealing.block().join()).hasCauseInstanceOf(CancellationException.class);
    }

    private Candidate candidate(ChainParams params) {
        MemoryChain chain = new MemoryChain(params);
        CandidateBuilder builder = new CandidateBuilder(params, key, max -> List.of(new TxBuilder(params).build()),
                chain.nodes(), new SplittableRandom(1));
        Candidate candidate = builder.build(chain.head(), chain.headState(), chain.genesis().header().timestamp() + 1);
        assertThat(candidate.transactions()).hasSize(1);
        return candidate;
    }
}
