package dev.ccoin.node.consensus;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.BufferedNodeStore;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.state.StateOverlay;
import dev.ccoin.core.tx.InvalidTransactionException;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.List;

/**
 * Rule 8, the stateful half: the transactions, applied in order to the parent's state, each keep transaction rules
 * 4–5; then the miner is credited {@code block_mining.reward} — from the chain parameters, never from the block;
 * and the resulting root must be the header's stateRoot. New tree nodes go to a {@link BufferedNodeStore} over the
 * given store and come back in the {@link BlockExecution}, so an invalid block leaves no trace.
 *
 * <p>Expects the state-free rules to have passed. A parent state missing from the store is the store's problem,
 * not the block's: it surfaces as the tree's {@code StateTreeException}. Thread-safe if the store's reads are.
 */
public final class StateTransition {
    private final TransactionRules rules;
    private final long reward;

    public StateTransition(ChainParams params) {
        this.rules = new TransactionRules(params);
        this.reward = params.mining().reward();
    }

    public BlockExecution execute(Block block, Hash32 parentStateRoot, NodeStore store) {
        BufferedNodeStore pending = new BufferedNodeStore(store);
        StateTree tree = new StateTree(pending);
        StateOverlay state = new StateOverlay(tree.at(parentStateRoot));
        List<Transaction> transactions = block.transactions();
        for (int i = 0; i < transactions.size(); i++) {
            try {
                rules.apply(transactions.get(i), state);
            } catch (InvalidTransactionException e) {
                throw new InvalidBlockException(block.hash(), block.height(), i, e);
            }
        }
        credit(block, state);
        Hash32 root = tree.update(parentStateRoot, state.changes());
        Hash32 claimed = block.header().stateRoot();
        if (!root.equals(claimed)) {
            throw InvalidBlockException.of(block, BlockReason.STATE_ROOT_MISMATCH,
                    "the state after the block has root " + root + ", the header says " + claimed);
        }
        return new BlockExecution(root, state.changes(), pending.takePending());
    }

    private void credit(Block block, StateOverlay state) {
        if (reward == 0) {
            return;
        }
        Address miner = block.header().miner();
        Account account = state.account(miner);
        try {
            state.put(miner, account.credit(reward));
        } catch (ArithmeticException e) {
            throw InvalidBlockException.of(block, BlockReason.REWARD_OVERFLOW,
                    "the reward of " + reward + " would push the miner's balance " + account.balance()
                            + " past 2^63-1");
        }
    }
}
