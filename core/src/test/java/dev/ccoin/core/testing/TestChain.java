package dev.ccoin.core.testing;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.PlaceholderData;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chain parameters for tests, with easy proof of work: authorities are {@link TestKeys} 0..n-1, and the alloc funds
 * {@link TestKeys} 10..12 with one million coins each.
 */
public final class TestChain {
    public static final long NETWORK_ID = 7;
    public static final long FUNDS = 1_000_000;

    private TestChain() {
    }

    public static ChainParams params(int authorities) {
        return params(authorities, 4, 4);
    }

    public static ChainParams params(int authorities, int difficulty, int workBits) {
        List<Address> miners = java.util.stream.IntStream.range(0, authorities)
                .mapToObj(i -> address(TestKeys.get(i))).toList();
        Map<Address, Account> alloc = new TreeMap<>();
        for (int i = 10; i < 13; i++) {
            alloc.put(address(TestKeys.get(i)), new Account(FUNDS, 0));
        }
        return new ChainParams(NETWORK_ID, miners,
                new ChainParams.BlockMining(1, 1, 500, 4_194_304, 100, difficulty, true, PlaceholderData.random(15), 500),
                new ChainParams.TransactionParams(workBits, 1024),
                25,
                new ChainParams.GenesisHeader(1_700_000_000_000L, 4, "test chain"),
                new TreeMap<>(alloc));
    }

    /** A funded account's key pair: {@code funded(0..2)}. */
    public static KeyPair funded(int index) {
        return TestKeys.get(10 + index);
    }

    public static Address address(KeyPair keys) {
        return RsaKeys.address(keys.getPublic());
    }
}
