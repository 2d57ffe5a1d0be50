package dev.ccoin.core.state;

import dev.ccoin.core.types.Address;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Pending account changes on top of a base state: what applying a block's transactions one by one sees, before
 * the changes are written to the state tree in one update. Each base account is read once: checking a transaction
 * and then applying it would otherwise walk the state tree twice for the sender and the recipient. Not
 * thread-safe; owned by whoever applies the block.
 */
public final class StateOverlay implements StateView {
    private final StateView base;
    private final Map<Address, Account> changes = new HashMap<>();
    private final Map<Address, Account> baseReads = new HashMap<>();

    public StateOverlay(StateView base) {
        this.base = base;
    }

    @Override
    public Account account(Address address) {
        Account changed = changes.get(address);
        return changed != null ? changed : baseReads.computeIfAbsent(address, base::account);
    }

    public void put(Address address, Account account) {
        changes.put(address, account);
    }

    /** The changed accounts, {@link Account#EMPTY} for ones that became empty. */
    public Map<Address, Account> changes() {
        return Collections.unmodifiableMap(changes);
    }
}
