package dev.ccoin.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.discovery.testing.DiscoveryHttp;
import dev.ccoin.discovery.testing.RegistrationBody;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class DiscoveryServiceTest {
    @Test
    void defaultsListenOnLoopbackPort4444() {
        DiscoveryOptions defaults = DiscoveryOptions.defaults();

        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        assertThat(defaults.port()).isEqualTo(4444);
    }

    @Test
    void startedServiceAnswersOnItsUrlUntilClosed() {
        Clock clock = Clock.systemUTC();
        try (DiscoveryService service = DiscoveryService.start(DiscoveryOptions.defaults().withPort(0), clock)) {
            DiscoveryHttp http = new DiscoveryHttp(service.url());

            assertThat(service.url().toString()).startsWith("http://127.0.0.1:");
            assertThat(http.get("/health").status()).isEqualTo(200);
            assertThat(http.post("/peers", new RegistrationBody(clock.millis()).build()).status()).isEqualTo(201);
            assertThat(service.registry().size()).isEqualTo(1);
        }
    }

    @Test
    void portAlreadyInUseIsAClearError() {
        try (DiscoveryService first = DiscoveryService.start(DiscoveryOptions.defaults().withPort(0), Clock.systemUTC())) {
            assertThatThrownBy(() -> DiscoveryService.start(DiscoveryOptions.defaults().withPort(first.port()),
                    Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + first.port());
        }
    }

    @Test
    void optionsRefuseAPortOutsideTheRange() {
        assertThatThrownBy(() -> DiscoveryOptions.defaults().withPort(70000)).isInstanceOf(IllegalArgumentException.class);
    }
}
