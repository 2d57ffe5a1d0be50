package dev.ccoin.node.consensus;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.tx.TxReason;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import org.junit.jupiter.api.Test;

class StateTransitionTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final StateTransition transition = new StateTransition(chain.params);
    private final Hash32 genesisRoot = chain.genesis.header().stateRoot();
    private final Address alice = TestChain.address(TestChain.funded(0));
    private final Address bob = TestChain.address(TestChain.funded(1));

    @Test
    void validBlockMovesTheAmountsCreditsTheMinerAndReachesTheHeadersRoot() {
        Block block = chain.block().transactions(chain.tx().amount(25).build()).build();

        BlockExecution execution = transition.execute(block, genesisRoot, chain.store);

        assertThat(execution.stateRoot()).isEqualTo(block.header().stateRoot());
        assertThat(execution.changes()).containsEntry(alice, new Account(TestChain.FUNDS - 25, 1))
                .containsEntry(bob, new Account(TestChain.FUNDS + 25, 0))
                .containsEntry(block.header().miner(), new Account(chain.params.mining().reward(), 0))
                .hasSize(3);
    }

    @Test
    void transactionsApplyInOrder() {
        Block block = chain.block().transactions(chain.tx().nonce(0).build(), chain.tx().nonce(1).build()).build();

        transition.execute(block, genesisRoot, chain.store);
    }

    @Test
    void reusedNonceIsRejectedWithTheIndexOfTheSecondUse() {
        Block block = chain.block().transactions(chain.tx().nonce(0).build(), chain.tx().nonce(0).amount(11).build())
                .build();

        InvalidBlockException e = rejection(() -> transition.execute(block, genesisRoot, chain.store));

        assertThat(e.reason()).isEqualTo(BlockReason.INVALID_TRANSACTION);
        assertThat(e.txReason()).contains(TxReason.NONCE_TOO_LOW);
        assertThat(e.txIndex()).hasValue(1);
    }

    @Test
    void transactionsOutOfNonceOrderAreRejected() {
        Block block = chain.block().transactions(chain.tx().nonce(1).build(), chain.tx().nonce(0).build()).build();

        InvalidBlockException e = rejection(() -> transition.execute(block, genesisRoot, chain.store));

        assertThat(e.txReason()).contains(TxReason.NONCE_TOO_HIGH);
        assertThat(e.txIndex()).hasValue(0);
    }

    @Test
    void overspendingIsRejected() {
        Block block = chain.block().transactions(chain.tx().amount(TestChain.FUNDS + 1).build()).build();

        assertThat(rejection(() -> transition.execute(block, genesisRoot, chain.store)).txReason())
                .contains(TxReason.INSUFFICIENT_BALANCE);
    }

    @Test
    void stateRootOtherThanTheResultIsRejected() {
        Block block = chain.block().transactions(chain.tx().build()).stateRoot(genesisRoot).build();

        InvalidBlockException e = rejection(() -> transition.execute(block, genesisRoot, chain.store));

        assertThat(e.reason()).isEqualTo(BlockReason.STATE_ROOT_MISMATCH);
    }

    @Test
    void stateRootWithoutTheRewardIsRejected() {
        // The reward comes from the chain parameters: a block that leaves it out, or pays itself more, is invalid.
        ConsensusFixture unpaid = new ConsensusFixture(ConsensusFixture.withReward(chain.params, 0));
        Block block = unpaid.block().transactions(unpaid.tx().build()).build();

        assertThat(rejection(() -> transition.execute(block, genesisRoot, chain.store)).reason())
                .isEqualTo(BlockReason.STATE_ROOT_MISMATCH);
    }

    @Test
    void rewardPushingTheMinersBalancePast2To63IsRejected() {
        ConsensusFixture rich = new ConsensusFixture(ConsensusFixture.withReward(chain.params, Long.MAX_VALUE - 5));
        Address miner = rich.params.inTurnAuthority(1);
        Block block = rich.block().transactions(rich.tx().to(miner).amount(10).build()).build();

        InvalidBlockException e = rejection(() -> new StateTransition(rich.params)
                .execute(block, rich.genesis.header().stateRoot(), rich.store));

        assertThat(e.reason()).isEqualTo(BlockReason.REWARD_OVERFLOW);
    }

    @Test
    void nothingIsWrittenUntilTheCallerWritesTheNodes() {
        // Built on a store of its own, executed on another that holds only the genesis state.
        Block block = chain.block().transactions(chain.tx().build()).build();
        InMemoryNodeStore store = new InMemoryNodeStore();
        BlockBuilder.genesis(chain.params, store);
        int before = store.size();

        BlockExecution execution = transition.execute(block, genesisRoot, store);

        assertThat(store.size()).isEqualTo(before);
        assertThat(execution.nodes()).isNotEmpty();
        execution.writeTo(store);
        assertThat(new StateTree(store).get(execution.stateRoot(), alice))
                .isEqualTo(new Account(TestChain.FUNDS - 10, 1));
    }

    @Test
    void anInvalidBlockLeavesTheStoreAsItWas() {
        InMemoryNodeStore store = new InMemoryNodeStore();
        BlockBuilder.genesis(chain.params, store);
        int before = store.size();
        Block block = chain.block().transactions(chain.tx().build()).stateRoot(Hash32.ZERO).build();

        rejection(() -> transition.execute(block, genesisRoot, store));

        assertThat(store.size()).isEqualTo(before);
    }
}
