package dev.ccoin.core.chain;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.DecodeError;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything that defines a chain (protocol §5). Two nodes agree on the genesis hash iff they agree on every field here,
 * because the genesis header carries {@link #hash()}. Immutable; {@code authorities} is sorted by address bytes,
 * which is the order of the sealing schedule.
 */
public record ChainParams(
        long networkId,
        List<Address> authorities,
        BlockMining mining,
        TransactionParams transactions,
        int maxPeers,
        GenesisHeader genesis,
        SortedMap<Address, Account> alloc) implements Encodable {

    /** {@code block_mining}: how and when authorities seal blocks. */
    public record BlockMining(
            int intervalSeconds,
            int minBound,
            int maxBound,
            int maxBlockBytes,
            long reward,
            int difficulty,
            boolean allowEmpty,
            PlaceholderData placeholderData,
            long backupDelayMs) {
    }

    /** {@code transaction}: the postage stamp's difficulty and the largest {@code data}. */
    public record TransactionParams(int workBits, int maxDataBytes) {
    }

    /** {@code genesis_block}: the genesis header's timestamp (ms), difficulty and the text folded into the params. */
    public record GenesisHeader(long timestamp, int difficulty, String data) {
    }

    public ChainParams {
        authorities = List.copyOf(authorities.stream().sorted().toList());
        alloc = Collections.unmodifiableSortedMap(new TreeMap<>(alloc));
    }

    public boolean isAuthority(Address address) {
        return Collections.binarySearch(authorities, address) >= 0;
    }

    /** The authority whose turn block {@code height} is. */
    public Address inTurnAuthority(long height) {
        return authorities.get((int) Long.remainderUnsigned(height, authorities.size()));
    }

    /** H(msgpack(params)): the genesis header's {@code data}. */
    public Hash32 hash() {
        return Sha256.hash(encode());
    }

    /**
     * Reads the canonical parameter encoding back, so a data dir can keep its chain's parameters in the same bytes
     * the genesis header commits to.
     */
    public static ChainParams read(CanonicalReader r) {
        r.array(18, "params");
        long networkId = r.u64("params.networkId");
        int minerCount = r.arrayHeader(10_000, "params.miners");
        List<Address> miners = new ArrayList<>(minerCount);
        for (int i = 0; i < minerCount; i++) {
            miners.add(r.address("params.miners"));
        }
        BlockMining mining = new BlockMining(r.u32(Integer.MAX_VALUE, "params.interval"),
                r.u32(Integer.MAX_VALUE, "params.minBound"), r.u32(Integer.MAX_VALUE, "params.maxBound"),
                r.u32(Integer.MAX_VALUE, "params.maxBlockBytes"), r.u64("params.reward"),
                r.u32(256, "params.difficulty"), r.bool("params.allowEmpty"), placeholder(r),
                r.u64("params.backupDelayMs"));
        TransactionParams transactions = new TransactionParams(r.u32(256, "params.workBits"),
                r.u32(Integer.MAX_VALUE, "params.maxDataBytes"));
        int maxPeers = r.u32(Integer.MAX_VALUE, "params.maxPeers");
        GenesisHeader genesis = new GenesisHeader(r.u64("params.genesisTimestamp"),
                r.u32(256, "params.genesisDifficulty"), r.binText(BlockLimits.MAX_DATA_BYTES, "params.genesisData"));
        int allocCount = r.arrayHeader(10_000_000, "params.alloc");
        SortedMap<Address, Account> alloc = new TreeMap<>();
        for (int i = 0; i < allocCount; i++) {
            r.array(3, "params.alloc entry");
            alloc.put(r.address("params.alloc.address"), new Account(r.u64("params.alloc.balance"),
                    r.u64("params.alloc.nonce")));
        }
        try {
            return new ChainParams(networkId, miners, mining, transactions, maxPeers, genesis, alloc);
        } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeError.INVALID_VALUE, "params: " + e.getMessage());
        }
    }

    private static PlaceholderData placeholder(CanonicalReader r) {
        r.array(2, "params.placeholderData");
        String kind = r.str(16, "params.placeholderData.kind");
        String value = r.str(BlockLimits.MAX_DATA_BYTES, "params.placeholderData.value");
        for (PlaceholderData.Kind k : PlaceholderData.Kind.values()) {
            if (k.label().equals(kind)) {
                try {
                    return new PlaceholderData(k, value);
                } catch (IllegalArgumentException e) {
                    throw new DecodeException(DecodeError.INVALID_VALUE, "params.placeholderData: " + e.getMessage());
                }
            }
        }
        throw new DecodeException(DecodeError.INVALID_VALUE, "params.placeholderData: unknown kind " + kind);
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(18).u64(networkId);
        w.array(authorities.size());
        authorities.forEach(w::address);
        w.u64(mining.intervalSeconds()).u64(mining.minBound()).u64(mining.maxBound()).u64(mining.maxBlockBytes())
                .u64(mining.reward()).u64(mining.difficulty()).bool(mining.allowEmpty());
        w.array(2).str(mining.placeholderData().kind().label()).str(mining.placeholderData().value());
        w.u64(mining.backupDelayMs()).u64(transactions.workBits()).u64(transactions.maxDataBytes()).u64(maxPeers)
                .u64(genesis.timestamp()).u64(genesis.difficulty())
                .bin(genesis.data().getBytes(StandardCharsets.UTF_8));
        w.array(alloc.size());
        for (Map.Entry<Address, Account> entry : alloc.entrySet()) {
            w.array(3).address(entry.getKey()).u64(entry.getValue().balance()).u64(entry.getValue().nonce());
        }
    }
}
