package dev.ccoin.core.state;

import dev.ccoin.core.types.Address;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Pending account changes on top of a base state: what applying a block's transactions one by one sees, before
 * the changes are written to the state tree in one update. Not thread-safe; owned by whoever applies the block.
 */
public final class StateOverlay implements StateView {
    private final StateView base;
    private final Map<Address, Account> changes = new HashMap<>();

    public StateOverlay(StateView base) {
        this.base = base;
    }

    @Override
    public Account account(Address address) {
        Account changed = changes.get(address);
        return changed != null ? changed : base.account(address);
    }

    public void put(Address address, Account account) {
        changes.put(address, account);
    }

    /** The changed accounts, {@link Account#EMPTY} for ones that became empty. */
    public Map<Address, Account> changes() {
        return Collections.unmodifiableMap(changes);
    }
}
