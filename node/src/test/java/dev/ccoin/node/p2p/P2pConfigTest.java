package dev.ccoin.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.chain.BlockLimits;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class P2pConfigTest {
    @Test
    void defaultsAreTheSpecs() {
        P2pConfig config = P2pConfig.defaults();

        assertThat(config.maxFrameBytes()).isEqualTo(BlockLimits.MAX_FRAME_BYTES);
        assertThat(config.handshakeTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.pingInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.banDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.maxPeers()).isEqualTo(OptionalInt.empty());
        assertThat(config.filter()).isSameAs(PeerFilter.ALLOW_ALL);
        assertThat(config.agent()).isEqualTo(P2pConfig.DEFAULT_AGENT);
        assertThat(config.admissionBits()).isEqualTo(8);
        assertThat(config.maxAdmissionBits()).isEqualTo(24);
        assertThat(config.admissionRate()).isEqualTo(20);
        assertThat(config.maxPending()).isEqualTo(512);
        assertThat(config.maxSolveBits()).isEqualTo(24);
    }

    @Test
    void toBuilderChangesOnlyWhatItNames() {
        P2pConfig base = P2pConfig.defaults();

        P2pConfig changed = base.toBuilder().requestTimeout(Duration.ofMillis(500)).maxPeers(3).build();

        assertThat(changed.requestTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(changed.maxPeers()).isEqualTo(OptionalInt.of(3));
        assertThat(changed).isEqualTo(new P2pConfig(base.maxFrameBytes(), base.handshakeTimeout(),
                base.pingInterval(), base.idleTimeout(), Duration.ofMillis(500), base.fetchTimeout(), base.banDuration(),
                base.dialBackoffInitial(), base.dialBackoffMax(), base.maintenanceInterval(),
                base.peerExchangeInterval(), base.rebroadcastInterval(), OptionalInt.of(3), base.outboundQueueFrames(),
                base.outboundQueueBytes(), base.filter(), base.agent(), base.admissionBits(), base.maxAdmissionBits(),
                base.admissionRate(), base.maxPending(), base.maxSolveBits()));
    }
}
