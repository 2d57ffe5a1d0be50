package dev.ccoin.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.ccoin.cli.bench.BenchCommand;
import java.io.RandomAccessFile;
import java.util.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The layering of every module's main classes, as the build checks it: no package cycles, the module order
 * {@code core ← node ← cli}, {@code core ← discovery ← cli} and {@code core ← client ← cli} (the client library
 * knows neither the node nor the command line), a {@code core} without sockets, files or threads
 * outside its proof-of-work workers, and the load generator ({@code cli.bench}) reached only where its command is
 * registered. The {@code cli} module's tests see the classes of every module it is built from, so the test lives
 * here; the {@code bench} module (JMH) is outside it.
 */
@AnalyzeClasses(packages = "dev.ccoin", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
    /** Test fixtures that other modules use come as a test jar once the reactor has packaged them. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final DescribedPredicate<JavaClass> SOCKETS = resideInAPackage("java.net..")
            .and(simpleNameStartingWith("Socket").or(simpleNameStartingWith("ServerSocket"))
                    .or(simpleNameStartingWith("DatagramSocket")))
            .or(resideInAPackage("java.net.http.."))
            .or(resideInAPackage("java.nio.channels.."))
            .as("sockets");

    private static final DescribedPredicate<JavaClass> FILES = resideInAPackage("java.io")
            .and(simpleNameStartingWith("File"))
            .or(equivalentTo(RandomAccessFile.class))
            .or(resideInAPackage("java.nio.file.."))
            .as("files");

    private static final DescribedPredicate<JavaClass> THREADS = assignableTo(Thread.class)
            .or(assignableTo(ExecutorService.class))
            .or(equivalentTo(Executors.class))
            .or(assignableTo(ThreadFactory.class))
            .or(equivalentTo(Timer.class))
            .as("threads");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.ccoin.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modulesDependOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("dev.ccoin.core..")
            .layer("client").definedBy("dev.ccoin.client..")
            .layer("node").definedBy("dev.ccoin.node..")
            .layer("discovery").definedBy("dev.ccoin.discovery..")
            .layer("cli").definedBy("dev.ccoin.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("node").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("discovery").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("client").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("core").mayNotAccessAnyLayer();

    /** The library applications build on: it speaks to a node over HTTP and must run without the node's code. */
    @ArchTest
    static final ArchRule clientKnowsNeitherTheNodeNorTheCommandLine = noClasses()
            .that().resideInAPackage("dev.ccoin.client..")
            .should().dependOnClassesThat(resideInAPackage("dev.ccoin.node..").or(resideInAPackage("dev.ccoin.cli..")))
            .as("no class in client depends on node or cli");

    /** The command line's client commands and light client reach a node's API through the library. */
    @ArchTest
    static final ArchRule cliSpeaksToTheApiThroughTheClientLibrary = noClasses()
            .that().resideInAPackage("dev.ccoin.cli.client..")
            .or().resideInAPackage("dev.ccoin.cli.light..")
            .should().dependOnClassesThat(resideInAPackage("java.net.http.."))
            .as("cli.client and cli.light use the client library, not java.net.http");

    /** Core is the protocol's values and rules; the node and discovery service own every socket, file and thread. */
    @ArchTest
    static final ArchRule coreDoesNoIoOutsideProofOfWork = noClasses()
            .that().resideInAPackage("dev.ccoin.core..")
            .and().resideOutsideOfPackage("dev.ccoin.core.pow..")
            .should().dependOnClassesThat(SOCKETS.or(FILES).or(THREADS))
            .as("no class in core outside core.pow touches sockets, files or threads");

    @ArchTest
    static final ArchRule loadGeneratorIsReachedOnlyThroughItsCommand = noClasses()
            .that().resideInAPackage("dev.ccoin.cli..")
            .and().resideOutsideOfPackage("dev.ccoin.cli.bench..")
            .should().dependOnClassesThat(resideInAPackage("dev.ccoin.cli.bench..")
                    .and(not(equivalentTo(BenchCommand.class))))
            .as("no class in cli outside cli.bench depends on cli.bench, except on BenchCommand");

    @ArchTest
    static final ArchRule benchCommandIsRegisteredOnlyByMain = noClasses()
            .that().resideInAPackage("dev.ccoin.cli..")
            .and().resideOutsideOfPackage("dev.ccoin.cli.bench..")
            .and(not(equivalentTo(Main.class)))
            .should().dependOnClassesThat(equivalentTo(BenchCommand.class))
            .as("only Main, which registers the bench command, depends on BenchCommand outside cli.bench");
}
