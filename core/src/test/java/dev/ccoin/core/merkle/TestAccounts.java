package dev.ccoin.core.merkle;

import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Fixtures for state-tree tests: the vector accounts and seeded random ones. */
final class TestAccounts {
    static final Address ALICE = Address.parse("9175cc22cb91bbd2425897357f6fa42ab0da1d26");
    static final Address BOB = Address.parse("b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0");
    static final Address MINER = Address.parse("5e0de7ab015db1f76a3c8676827d831f0c46aaf4");

    private TestAccounts() {
    }

    static Address randomAddress(Random random) {
        byte[] bytes = new byte[Address.LENGTH];
        random.nextBytes(bytes);
        return Address.of(bytes);
    }

    static Account randomAccount(Random random) {
        return new Account(1 + random.nextInt(1_000_000), random.nextInt(100));
    }

    /** {@code count} random non-empty accounts, in insertion order. */
    static Map<Address, Account> random(Random random, int count) {
        Map<Address, Account> accounts = new LinkedHashMap<>();
        while (accounts.size() < count) {
            accounts.put(randomAddress(random), randomAccount(random));
        }
        return accounts;
    }
}
