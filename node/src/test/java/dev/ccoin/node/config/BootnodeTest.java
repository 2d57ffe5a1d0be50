package dev.ccoin.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.types.Address;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootnodeTest {
    private static final String ID = "00112233445566778899aabbccddeeff00112233";

    @Test
    void hostAndPortAloneNameNoNodeId() {
        assertThat(Bootnode.parse("127.0.0.1:5000")).isEqualTo(new Bootnode(new HostPort("127.0.0.1", 5000),
                Optional.empty()));
    }

    @Test
    void aNodeIdBeforeTheAtSignIsPinned() {
        Bootnode boot = Bootnode.parse(ID + "@node.example:30300");

        assertThat(boot.endpoint()).isEqualTo(new HostPort("node.example", 30300));
        assertThat(boot.nodeId()).contains(Address.parse(ID));
        assertThat(boot).hasToString(ID + "@node.example:30300");
    }

    @Test
    void aNodeIdThatIsNotFortyHexDigitsIsRefused() {
        assertThatThrownBy(() -> Bootnode.parse("abc@127.0.0.1:5000")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("nodeId@host:port");
    }
}
