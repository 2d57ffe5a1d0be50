package dev.ccoin.cli.discovery;

import dev.ccoin.cli.command.ServiceLifetime;
import dev.ccoin.discovery.DiscoveryOptions;
import dev.ccoin.discovery.DiscoveryService;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin discovery [--host H] [--port P]}: serves the discovery service until Ctrl-C (or an interrupt), then
 * stops it cleanly. Prints the service's URL once it listens. Loopback unless {@code --host} says otherwise.
 */
@Command(name = "discovery", mixinStandardHelpOptions = true,
        description = "Run the discovery service, the bootstrap point of a network, until Ctrl-C.")
public final class DiscoveryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    private String host;
    private int port;
    private int capacity;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = DiscoveryOptions.DEFAULT_HOST,
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 serves other machines)")
    void host(String value) {
        if (value.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--host must not be empty");
        }
        this.host = value.trim();
    }

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "4444",
            description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
    void port(int value) {
        if (value < 0 || value > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + value + " is outside 0..65535");
        }
        this.port = value;
    }

    @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "10000",
            description = "most registrations held at once (default: ${DEFAULT-VALUE})")
    void capacity(int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "--max-nodes must be at least 1");
        }
        this.capacity = value;
    }

    @Override
    public Integer call() {
        DiscoveryService service =
                DiscoveryService.start(new DiscoveryOptions(host, port, capacity), Clock.systemUTC());
        spec.commandLine().getOut().printf("discovery service listening on %s; Ctrl-C stops it%n", service.url());
        spec.commandLine().getOut().flush();
        ServiceLifetime.hold(service, "ccoin-discovery");
        return 0;
    }
}
