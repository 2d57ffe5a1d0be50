package dev.ccoin.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeerHostTest {
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "node-1.example.org", "::1", "fe80::1", "10.1.2.3",
            "1:2:3:4:5:6:7:8", "::ffff:10.0.0.1", "2001:db8::"})
    void namesAndAddressesCanBeAdvertised(String host) {
        assertThat(PeerHost.isValid(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "0.0.0.0", "::", "a b", "host:1", "-leading", "trailing-", "<script>",
            "[::1]", "host/path",
            "999.1.1.1", "1.2.3", "1::2::3", "ab:cd", ":1", "1:2:3:4:5:6:7:8:9", "::1.2.3.999"})
    void blankWildcardAndPunctuatedHostsCannot(String host) {
        assertThat(PeerHost.isValid(host)).isFalse();
        assertThat(PeerHost.problem(host)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {253, 254})
    void hostsAreAtMost253Characters(int length) {
        assertThat(PeerHost.isValid("a".repeat(length))).isEqualTo(length <= 253);
    }
}
