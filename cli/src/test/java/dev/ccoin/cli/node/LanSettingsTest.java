package dev.ccoin.cli.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.node.config.ConfigException;
import dev.ccoin.node.config.ConfigFile;
import dev.ccoin.node.discovery.lan.LanConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanSettingsTest {
    private static final ConfigFile FILE = ConfigFile.parse("""
            {"node": {"p2p_host": "0.0.0.0", "lan_discovery": true, "lan_group": "239.1.2.3", "lan_port": 4000,
                      "lan_interface": "eth0"}}
            """);

    private static NodeSettings settings(Map<String, String> env, ConfigFile file) {
        return new NodeSettings(env::get, file);
    }

    @Test
    void lanDiscoveryIsOffUnlessAsked() {
        assertThat(settings(Map.of(), ConfigFile.EMPTY).resolveLan(new NodeFlags())).isEmpty();
    }

    @Test
    void lanFlagTakesTheSpecsGroupAndPortOnEveryInterface() {
        NodeFlags flags = new NodeFlags();
        flags.lanDiscovery = true;

        assertThat(settings(Map.of(), ConfigFile.EMPTY).resolveLan(flags)).contains(LanConfig.defaults());
    }

    @Test
    void fileSettingsApplyBelowEnvironmentAndFlags() {
        NodeFlags flags = new NodeFlags();
        flags.lanInterface = Optional.of("lo");
        Map<String, String> env = Map.of("CCOIN_LAN_PORT", "5000");

        LanConfig lan = settings(env, FILE).resolveLan(flags).orElseThrow();

        assertThat(lan).isEqualTo(LanConfig.of("239.1.2.3", 5000, Optional.of("lo")));
        assertThat(settings(env, FILE).resolve(flags, Optional.empty()).p2pHost()).isEqualTo("0.0.0.0");
    }

    @Test
    void environmentTurnsLanDiscoveryOn() {
        assertThat(settings(Map.of("CCOIN_LAN_DISCOVERY", "true", "CCOIN_LAN_GROUP", "239.9.9.9"), ConfigFile.EMPTY)
                .resolveLan(new NodeFlags())).contains(LanConfig.of("239.9.9.9", LanConfig.DEFAULT_PORT,
                Optional.empty()));
    }

    @Test
    void groupThatIsNotMulticastIsRefused() {
        NodeFlags flags = new NodeFlags();
        flags.lanDiscovery = true;
        flags.lanGroup = Optional.of("10.0.0.1");

        assertThatThrownBy(() -> settings(Map.of(), ConfigFile.EMPTY).resolveLan(flags))
                .isInstanceOf(ConfigException.class).hasMessageContaining("multicast");
    }
}
