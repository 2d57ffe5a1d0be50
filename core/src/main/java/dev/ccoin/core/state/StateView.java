package dev.ccoin.core.state;

import dev.ccoin.core.types.Address;

/** Read access to the accounts of one state. */
@FunctionalInterface
public interface StateView {
    /** The account at {@code address}, {@link Account#EMPTY} if it has none. */
    Account account(Address address);
}
