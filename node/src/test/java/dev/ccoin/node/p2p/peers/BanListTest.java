package dev.ccoin.node.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.types.Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BanListTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
    private final BanList bans = new BanList(clock, Duration.ofMinutes(10));
    private final Address node = Address.parse("11".repeat(20));

    @Test
    void banLastsTenMinutes() throws Exception {
        InetAddress host = InetAddress.getByName("192.0.2.7");
        bans.ban(Optional.of(node), host);

        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertThat(bans.isBanned(node)).isTrue();
        assertThat(bans.isBanned(host)).isTrue();

        clock.advance(Duration.ofMillis(1));
        assertThat(bans.isBanned(node)).isFalse();
        assertThat(bans.isBanned(host)).isFalse();
    }

    @Test
    void loopbackIsBannedOnlyByNodeId() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();

        bans.ban(Optional.of(node), loopback);

        assertThat(bans.isBanned(node)).isTrue();
        assertThat(bans.isBanned(loopback)).isFalse();
    }

    @Test
    void unprovedPeerIsBannedByHostAlone() throws Exception {
        InetAddress host = InetAddress.getByName("198.51.100.1");

        bans.ban(Optional.empty(), host);

        assertThat(bans.isBanned(host)).isTrue();
        assertThat(bans.isBanned(node)).isFalse();
        assertThat(bans.size()).isEqualTo(1);
    }

    @Test
    void tableStaysBoundedUnderManyBans() throws Exception {
        for (int i = 0; i < BanList.MAX_ENTRIES + 50; i++) {
            byte[] id = new byte[20];
            id[0] = (byte) (i >>> 16);
            id[1] = (byte) (i >>> 8);
            id[2] = (byte) i;
            bans.ban(Optional.of(Address.of(id)), null);
        }

        assertThat(bans.size()).isLessThanOrEqualTo(BanList.MAX_ENTRIES);
    }
}
