package dev.ccoin.node.txpool;

import dev.ccoin.core.state.Account;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.types.Address;
import java.util.HashMap;
import java.util.Map;

/**
 * A map-backed head state for the pool tests: every {@link Txs} sender funded with {@link #FUNDS} at nonce 0 unless
 * a test says otherwise. {@link #with} returns a changed copy, so one state can stand for the head before a change
 * and another for the head after it. Immutable.
 */
final class TestState implements StateView {
    static final long FUNDS = 1_000_000;

    private final Map<Address, Account> accounts;

    private TestState(Map<Address, Account> accounts) {
        this.accounts = Map.copyOf(accounts);
    }

    static TestState funded() {
        Map<Address, Account> accounts = new HashMap<>();
        for (int sender = 0; sender < Txs.SENDERS; sender++) {
            accounts.put(Txs.address(sender), new Account(FUNDS, 0));
        }
        return new TestState(accounts);
    }

    TestState with(int sender, long balance, long nonce) {
        Map<Address, Account> changed = new HashMap<>(accounts);
        changed.put(Txs.address(sender), new Account(balance, nonce));
        return new TestState(changed);
    }

    /** {@code sender} at {@code nonce}, keeping its balance. */
    TestState withNonce(int sender, long nonce) {
        return with(sender, account(Txs.address(sender)).balance(), nonce);
    }

    @Override
    public Account account(Address address) {
        return accounts.getOrDefault(address, Account.EMPTY);
    }
}
