package dev.ccoin.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.config.Bootnode;
import dev.ccoin.node.config.HostPort;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeSettingsTest {
    @Test
    void bootnodesMayPinTheirNodeIds() {
        String id = "00112233445566778899aabbccddeeff00112233";

        assertThat(NodeSettings.bootnodes("127.0.0.1:5000, " + id + "@127.0.0.1:5001,")).containsExactly(
                new Bootnode(new HostPort("127.0.0.1", 5000), Optional.empty()),
                new Bootnode(new HostPort("127.0.0.1", 5001), Optional.of(Address.parse(id))));
    }
}
