package dev.ccoin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.tx.TxReason;
import dev.ccoin.discovery.http.DiscoveryServer;
import dev.ccoin.discovery.http.RequestError;
import dev.ccoin.discovery.peers.Authenticator;
import dev.ccoin.discovery.peers.Refusal;
import dev.ccoin.discovery.peers.Registry;
import dev.ccoin.node.Node;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.api.NoPeers;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.messages.MessageType;
import dev.ccoin.node.storage.Database;
import dev.ccoin.node.txpool.PoolReason;
import io.javalin.Javalin;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs/protocol.md} against the code, so the protocol document cannot fall behind it: every frame type of
 * {@link MessageType} with its 3-byte wire code, every constant of every reason-code enum of core, node,
 * discovery and cli, and every route of the node API and of the discovery service, read from the route tables of the real
 * servers. Lives in the cli module because its tests see all three modules.
 *
 * <p>A reason-code enum is found, not listed: an enum of the main code that an exception carries in a field (the
 * house style: {@code InvalidBlockException(BlockReason)}), or whose name ends in {@code Reason}, {@code Error},
 * {@code Refusal} or {@code Failure}. Its constants must be the first cells of table rows in the document's section
 * headed with the enum's name in backquotes, e.g. {@code #### Reason codes: `TxReason`}.
 */
class ProtocolDocumentTest {
    private static final Path DOCUMENT = Path.of("docs", "protocol.md");
    private static final List<String> REASON_SUFFIXES = List.of("Reason", "Error", "Refusal", "Failure");
    private static final String[] MODULE_PACKAGES = {"dev.ccoin.core", "dev.ccoin.node", "dev.ccoin.discovery",
        "dev.ccoin.client", "dev.ccoin.cli"};

    @Test
    void namesEveryMessageTypeByItsWireCode() {
        String document = document();
        for (MessageType type : MessageType.values()) {
            byte[] code = new byte[MessageType.CODE_LENGTH];
            type.copyCode(code, 0);
            assertThat(document).as("a table row for frame type %s", type)
                    .contains("| `" + new String(code, StandardCharsets.US_ASCII) + "` |");
        }
    }

    @Test
    void findsTheReasonCodeEnumsOfEveryModule() {
        assertThat(reasonCodeEnums()).contains(TxReason.class, BlockReason.class, PoolReason.class,
                DisconnectReason.class, RequestError.class, Refusal.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reasonCodeEnums")
    void listsEveryCodeOfTheReasonEnum(Class<?> reasons) {
        String name = displayName(reasons);
        String section = section(document(), "`" + name + "`");
        for (Object constant : reasons.getEnumConstants()) {
            String code = ((Enum<?>) constant).name();
            assertThat(section).as("%s in the section of %s", code, name).contains("| `" + code + "` |");
        }
    }

    @Test
    void listsEveryRouteOfTheNodeApi(@TempDir Path dir) {
        Path dataDir = dir.resolve("node");
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, TestChain.params(1));
        }
        NodeConfig config = new NodeConfig(NodeType.BASIC, dataDir, "127.0.0.1", 0, "127.0.0.1", 0,
                Optional.empty(), List.of(), 1, Optional.empty());
        try (Node node = Node.start(config, Optional.empty(), Clock.systemUTC(), new NodeScheduler());
                ApiServer server = ApiServer.start(node, new NoPeers(node.chain()), Optional.empty(), "127.0.0.1", 0)) {
            Set<String> routes = routes(server);
            assertThat(routes).contains("GET /api/v1/status", "POST /api/v1/transactions");
            assertDocumented(routes);
        }
    }

    @Test
    void listsEveryRouteOfTheDiscoveryService() {
        Clock clock = Clock.systemUTC();
        try (DiscoveryServer server = DiscoveryServer.start("127.0.0.1", 0, new Registry(clock, 10),
                new Authenticator(clock))) {
            Set<String> routes = routes(server);
            assertThat(routes).contains("POST /peers", "GET /health");
            assertDocumented(routes);
        }
    }

    static Stream<Class<?>> reasonCodeEnums() {
        ImportOption mainCodeOnly = location -> !location.contains("/test-classes/")
                && !location.contains("-tests.jar");
        List<JavaClass> classes = List.copyOf(new ClassFileImporter().withImportOption(mainCodeOnly)
                .importPackages(MODULE_PACKAGES));
        Set<String> carried = classes.stream()
                .filter(type -> type.isAssignableTo(Throwable.class))
                .flatMap(type -> type.getFields().stream())
                .map(JavaField::getRawType)
                .filter(JavaClass::isEnum)
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        return classes.stream()
                .filter(JavaClass::isEnum)
                .filter(type -> carried.contains(type.getName())
                        || REASON_SUFFIXES.stream().anyMatch(type.getSimpleName()::endsWith))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .<Class<?>>map(JavaClass::reflect)
                .distinct();
    }

    private static void assertDocumented(Set<String> routes) {
        String document = document();
        for (String route : routes) {
            assertThat(document).as("route %s", route).contains("`" + route + "`");
        }
    }

    /** "METHOD /path" of every HTTP endpoint the server routes; before and after handlers are not routes. */
    private static Set<String> routes(Object server) {
        return javalinOf(server).unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.getEndpoint())
                .filter(endpoint -> endpoint.getMethod().isHttpMethod())
                .map(endpoint -> endpoint.getMethod() + " " + endpoint.getPath())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The servers do not hand out their Javalin instance; each keeps it in its one field of that type. */
    private static Javalin javalinOf(Object server) {
        Field field = Arrays.stream(server.getClass().getDeclaredFields())
                .filter(candidate -> candidate.getType() == Javalin.class)
                .findFirst()
                .orElseThrow(() -> new AssertionError(server.getClass() + " has no Javalin field to read routes from"));
        try {
            field.setAccessible(true);
            return (Javalin) field.get(server);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot read the Javalin of " + server.getClass(), e);
        }
    }

    /** {@code Outer.Inner} for a nested enum, the simple name otherwise. */
    private static String displayName(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    /** The lines from the heading that contains {@code marker} to the next heading. */
    private static String section(String document, String marker) {
        List<String> lines = document.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).startsWith("#") && lines.get(i).contains(marker)) {
                start = i;
            }
        }
        assertThat(start).as("a heading naming %s in %s", marker, DOCUMENT).isNotNegative();
        StringBuilder section = new StringBuilder(lines.get(start)).append('\n');
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            section.append(lines.get(i)).append('\n');
        }
        return section.toString();
    }

    /** The document, found from the module's directory (where Maven runs the tests) or any directory below the root. */
    private static String document() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DOCUMENT);
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readString(candidate);
                } catch (IOException e) {
                    throw new AssertionError("cannot read " + candidate, e);
                }
            }
        }
        throw new AssertionError(DOCUMENT + " not found above " + Path.of("").toAbsolutePath());
    }
}
