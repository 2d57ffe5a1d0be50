package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * {@code HEY}: the first frame from both sides inside TLS (protocol §8 step 3) —
 * {@code [protocolVersion, networkId, genesisHash, nodeKey, listenPort, headHeight, headHash, totalWork, agent]}.
 * {@code nodeKey} must be the key of the sender's TLS certificate; {@code listenPort} 0 means the sender does not
 * accept connections. Immutable.
 */
public record Hey(long protocolVersion, long networkId, Hash32 genesisHash, Bytes nodeKey, int listenPort,
                  long headHeight, Hash32 headHash, BigInteger totalWork, String agent)
        implements Message {
    /** The protocol version this node speaks: v2, admission and TLS 1.3 before {@code HEY}, no {@code ACK}. */
    public static final long PROTOCOL_VERSION = 2;
    public static final int MAX_AGENT_BYTES = 256;
    private static final int FIELDS = 9;

    public Hey {
        if (protocolVersion < 0 || networkId < 0 || headHeight < 0) {
            throw new IllegalArgumentException("version, network id and height are unsigned");
        }
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException("listen port " + listenPort + " is outside 0..65535");
        }
        if (agent.getBytes(StandardCharsets.UTF_8).length > MAX_AGENT_BYTES) {
            throw new IllegalArgumentException("the agent is at most " + MAX_AGENT_BYTES + " bytes");
        }
        WorkBytes.requireUnsigned(totalWork);
    }

    public static Hey read(CanonicalReader r) {
        r.array(FIELDS, "HEY");
        long version = r.u64("HEY.protocolVersion");
        long networkId = r.u64("HEY.networkId");
        Hash32 genesis = r.hash("HEY.genesisHash");
        Bytes key = r.bytes(RsaKeys.MAX_PUBLIC_KEY_BYTES, "HEY.nodeKey");
        int port = r.u32(65535, "HEY.listenPort");
        long height = r.u64("HEY.headHeight");
        Hash32 head = r.hash("HEY.headHash");
        BigInteger work = WorkBytes.read(r, "HEY.totalWork");
        String agent = r.str(MAX_AGENT_BYTES, "HEY.agent");
        return Decoding.construct("HEY",
                () -> new Hey(version, networkId, genesis, key, port, height, head, work, agent));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(FIELDS).u64(protocolVersion).u64(networkId).hash(genesisHash).bin(nodeKey).u64(listenPort)
                .u64(headHeight).hash(headHash);
        WorkBytes.write(w, totalWork);
        w.str(agent);
    }

    @Override
    public MessageType type() {
        return MessageType.HEY;
    }
}
