package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.GenesisFile;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.Vectors;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.BlockExecution;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.ParentContext;
import dev.ccoin.node.consensus.VerifiedSignatures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlockValidatorTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final BlockValidator validator = chain.validator();
    private final ForkJoinPool pool = new ForkJoinPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void publishedVectorBlockPassesAllThreeStagesOnTheVectorGenesis() {
        ChainParams params = GenesisFile.parse(Vectors.resourceText("genesis.json"));
        InMemoryNodeStore store = new InMemoryNodeStore();
        Block genesis = BlockBuilder.genesis(params, store);
        Block block = Block.decode(Vectors.hex("block1", "wire_hex"));
        Clock afterBlock = Clock.fixed(Instant.ofEpochMilli(block.header().timestamp() + 1_000), ZoneOffset.UTC);
        BlockValidator vectorValidator = new BlockValidator(params, afterBlock, pool, new VerifiedSignatures());
        int before = store.size();

        vectorValidator.checkHeader(block);
        vectorValidator.checkAgainstParent(block, ParentContext.of(genesis, List.of(genesis.header().miner())));
        BlockExecution execution = vectorValidator.execute(block, genesis.header().stateRoot(), store);

        assertThat(genesis.hash().toHex()).isEqualTo(Vectors.text("genesis.json", "hash"));
        assertThat(execution.stateRoot().toHex()).isEqualTo(Vectors.text("block1", "state_root"));
        assertThat(execution.changes()).containsKey(block.header().miner());
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void chainOfBlocksWithTransactionsPassesEveryStage() {
        Block parent = chain.genesis;
        List<Address> recentMiners = new ArrayList<>(List.of(parent.header().miner()));
        for (long nonce = 0; nonce < 4; nonce++) {
            Block block = chain.blockOn(parent).transactions(chain.tx().nonce(nonce).build()).build();

            BlockExecution execution = validator.validate(block, ParentContext.of(parent, recentMiners), chain.store);

            assertThat(execution.stateRoot()).isEqualTo(block.header().stateRoot());
            recentMiners.add(block.header().miner());
            parent = block;
        }
    }

    @Test
    void outOfTurnAuthorityThatDidNotSealRecentlyMayAlsoSeal() {
        Address inTurn = chain.params.inTurnAuthority(1);
        Address outOfTurn = chain.params.authorities().stream().filter(a -> !a.equals(inTurn)).findFirst()
                .orElseThrow();
        Block block = chain.block().signer(chain.block().keyOf(outOfTurn)).build();

        validator.validate(block, chain.genesisContext(), chain.store);
    }

    @Test
    void eachStageRunsItsRulesCheapestFirst() {
        assertThat(validator.headerRules()).extracting(Object::getClass).containsExactly(
                VersionRule.class, NetworkRule.class, DataSizeRule.class, TransactionCountRule.class,
                DifficultyRule.class, ProofOfWorkRule.class, BlockSizeRule.class, AuthorityRule.class,
                MinerKeyRule.class, SignatureRule.class);
        assertThat(validator.parentRules()).extracting(Object::getClass).containsExactly(
                ParentLinkRule.class, HeightRule.class, TimestampAfterParentRule.class, FutureTimestampRule.class,
                RecencyRule.class);
        assertThat(validator.bodyRules()).extracting(Object::getClass).containsExactly(
                EmptyBlockRule.class, TxRootRule.class, StatelessTransactionsRule.class);
    }

    @Test
    void proofOfWorkIsCheckedBeforeAnySignature() {
        Block unworkedAndForged = chain.block().insufficientWork()
                .signature(Pss.sign(TestChain.funded(0).getPrivate(), Hash32.ZERO)).build();

        assertThat(rejection(() -> validator.checkHeader(unworkedAndForged)).reason())
                .isEqualTo(BlockReason.INSUFFICIENT_WORK);
    }

    @Test
    void validateRunsTheParentAndStateStagesToo() {
        Block fromTheFuture = chain.block().timestamp(ConsensusFixture.CLOCK.millis() + 60_000).build();
        Block wrongState = chain.block().stateRoot(Hash32.ZERO).build();

        assertThat(rejection(() -> validator.validate(fromTheFuture, chain.genesisContext(), chain.store)).reason())
                .isEqualTo(BlockReason.TIMESTAMP_IN_FUTURE);
        assertThat(rejection(() -> validator.validate(wrongState, chain.genesisContext(), chain.store)).reason())
                .isEqualTo(BlockReason.STATE_ROOT_MISMATCH);
    }

    @Test
    void executeFillsTheSharedSignatureCache() {
        VerifiedSignatures verified = new VerifiedSignatures();
        BlockValidator shared = new BlockValidator(TestChain.params(3), ConsensusFixture.CLOCK, pool, verified);
        Block block = chain.block().transactions(chain.tx().build()).build();

        shared.execute(block, chain.genesis.header().stateRoot(), chain.store);

        assertThat(verified.contains(block.transactions().get(0))).isTrue();
    }
}
