package dev.ccoin.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.ChildProcess;
import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.PlaceholderData;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.archive.ChainImporter;
import dev.ccoin.node.archive.Progress;
import dev.ccoin.node.chain.Blockchain;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.chain.LocalChain;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.client.wallet.Keystore;
import dev.ccoin.node.storage.ChainStore;
import dev.ccoin.node.storage.Database;
import dev.ccoin.node.storage.StorageEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nodes killed with {@code kill -9} at arbitrary moments — ten times during mining, four while mining under load,
 * ten during import, eight while every block commits its state, three during an import on the other storage
 * engine — with states committed every few blocks, so kills land on both sides of commits: every restart re-executes the blocks above the last committed state, each to its header's state root, opens a
 * consistent chain that still holds every block the node had reported imported, and carries on. And a node killed
 * after its API acknowledged transactions finds them in its pool again. An import killed with nothing above genesis
 * committed re-executes to the same head state, account for account and proof for proof, as an import of the same
 * blocks that never crashed.
 */
class CrashSafetyTest {
    private static final Pattern IMPORTED = Pattern.compile("imported block (\\d+) ([0-9a-f]{12}) ");
    private static final Pattern API = Pattern.compile("API listening on (http://[0-9.:]+)");
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int KILLS = 10;
    private static final int COMMIT_KILLS = 8;
    private static final int LOADED_KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void minerKilledRepeatedlyLosesNoAcknowledgedBlock() {
        Path dataDir = dir.resolve("validator");
        Address authority = new Keystore(dataDir).create(2048, KeyProtection.none());
        ChainParams params = new ChainParams(TestChain.NETWORK_ID, List.of(authority),
                new ChainParams.BlockMining(1, 1, 500, 4_194_304, 100, 8, true, PlaceholderData.random(15), 500),
                new ChainParams.TransactionParams(4, 1024), 25,
                new ChainParams.GenesisHeader(1_700_000_000_000L, 4, "crash test"), new TreeMap<>());
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        Map<Long, String> acknowledged = new HashMap<>();
        for (int kill = 0; kill < KILLS; kill++) {
            try (ChildProcess node = ChildProcess.start("node", "--type", "validator", "--data-dir", dataDir.toString(),
                    "--mining-threads", "1", "--p2p-port", "0", "--api-port", "0", "--state-commit-blocks", "3")) {
                node.awaitLines(IMPORTED.asPredicate(), 1 + kill % 2, DEADLINE);
                node.kill();
                acknowledged.putAll(importedBlocks(node.lines()));
            }
            assertConsistentAndHolding(dataDir, acknowledged);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILLS);
    }

    @Test
    void importKilledRepeatedlyKeepsWhatItImportedAndFinishes() throws IOException {
        killImportRepeatedly(KILLS, "7");
    }

    @Test
    void importKilledWhileEveryBlockCommitsItsStateKeepsEveryState() throws IOException {
        killImportRepeatedly(COMMIT_KILLS, "1");
    }

    private void killImportRepeatedly(int kills, String commitBlocks) throws IOException {
        Export export = exportOf(400);
        Path dataDir = initialized("importer");

        Map<Long, String> acknowledged = new HashMap<>();
        for (int kill = 0; kill < kills; kill++) {
            try (ChildProcess importer = ChildProcess.start("import", "--data-dir", dataDir.toString(),
                    "--state-commit-blocks", commitBlocks, export.file().toString())) {
                importer.awaitLines(IMPORTED.asPredicate(), 5 + kill, DEADLINE);
                importer.kill();
                acknowledged.putAll(importedBlocks(importer.lines()));
            }
            assertConsistentAndHolding(dataDir, acknowledged);
        }
        try (ChildProcess importer = ChildProcess.start("import", "--data-dir", dataDir.toString(),
                export.file().toString())) {
            assertThat(importer.waitFor(DEADLINE)).as(importer.tail()).isZero();
        }
        assertHead(dataDir, export.head());
    }

    @Test
    void importKilledWithNoStateCommittedReExecutesToTheStateOfAnImportThatNeverCrashed() throws IOException {
        Export export = exportOf(400);
        Path crashedDir = initialized("crashed");
        // Nothing above genesis is committed before the kill: neither the block count nor the memory bound is reached.
        try (ChildProcess importer = ChildProcess.start("import", "--data-dir", crashedDir.toString(),
                "--state-commit-blocks", "100000", export.file().toString())) {
            importer.awaitLines(IMPORTED.asPredicate(), 120, DEADLINE);
            importer.kill();
        }
        try (NodeScheduler threads = new NodeScheduler();
             LocalChain crashed = LocalChain.open(crashedDir, Clock.systemUTC(), threads.verifierPool(1))) {
            ChainHead head = crashed.blockchain().head();
            assertThat(head.height()).isGreaterThanOrEqualTo(120);
            assertThat(new ChainStore(crashed.database()).committedState(head.hash())).as("the head's state, committed")
                    .isEmpty();
            Path prefix = dir.resolve("prefix.bin");
            try (OutputStream out = Files.newOutputStream(prefix)) {
                for (Block block : export.blocks().subList(0, (int) head.height() + 1)) {
                    out.write(block.encode());
                }
            }
            try (LocalChain steady = LocalChain.open(initialized("steady"), Clock.systemUTC(), threads.verifierPool(1));
                 InputStream in = Files.newInputStream(prefix)) {
                new ChainImporter(steady.blockchain(), steady.preverifier(), System::nanoTime)
                        .importFrom(in, Files.size(prefix), Progress.NONE);
                assertThat(steady.blockchain().head().hash()).isEqualTo(head.hash());
                StateTree reexecuted = new StateTree(crashed.stateNodes());
                StateTree neverCrashed = new StateTree(steady.stateNodes());
                List<Address> accounts = new ArrayList<>(List.of(TestChain.address(TestChain.funded(0)),
                        TestChain.address(TestChain.funded(1))));
                accounts.addAll(TestChain.params(3).authorities());
                for (Address address : accounts) {
                    assertThat(reexecuted.get(head.stateRoot(), address)).as("account %s", address)
                            .isEqualTo(neverCrashed.get(head.stateRoot(), address));
                    assertThat(reexecuted.prove(head.stateRoot(), address)).as("proof of %s", address)
                            .isEqualTo(neverCrashed.prove(head.stateRoot(), address));
                    assertThat(crashed.blockchain().headState().account(address))
                            .isEqualTo(steady.blockchain().headState().account(address));
                }
                assertThat(crashed.blockchain().headState().account(accounts.get(0)).nonce()).isEqualTo(head.height() / 4);
            }
        }
    }

    @Test
    void importKilledOnTheOtherStorageEngineReopensOnThisOneAndFinishesThere() throws IOException {
        StorageEngine here = StorageEngine.chosen();
        StorageEngine there = here == StorageEngine.NATIVE ? StorageEngine.JAVA : StorageEngine.NATIVE;
        Export export = exportOf(400);
        Path dataDir = initialized("importer");

        Map<Long, String> acknowledged = new HashMap<>();
        for (int kill = 0; kill < 3; kill++) {
            try (ChildProcess importer = ChildProcess.start(Map.of(StorageEngine.ENVIRONMENT_VARIABLE, there.id()),
                    "import", "--data-dir", dataDir.toString(), export.file().toString())) {
                importer.awaitLines(IMPORTED.asPredicate(), 5 + kill, DEADLINE);
                importer.kill();
                acknowledged.putAll(importedBlocks(importer.lines()));
            }
            // Opened here on this JVM's engine, the data dir the other engine's killed import left.
            assertConsistentAndHolding(dataDir, acknowledged);
        }
        try (ChildProcess importer = ChildProcess.start(Map.of(StorageEngine.ENVIRONMENT_VARIABLE, here.id()),
                "import", "--data-dir", dataDir.toString(), export.file().toString())) {
            assertThat(importer.waitFor(DEADLINE)).as(importer.tail()).isZero();
        }
        assertHead(dataDir, export.head());
    }

    /** An export file of a chain of {@code blockCount} blocks after genesis, a transfer in every fourth. */
    private Export exportOf(int blockCount) throws IOException {
        ChainParams params = TestChain.params(3);
        InMemoryNodeStore state = new InMemoryNodeStore();
        List<Block> blocks = new ArrayList<>(List.of(BlockBuilder.genesis(params, state)));
        for (int height = 1; height <= blockCount; height++) {
            Block parent = blocks.get(blocks.size() - 1);
            BlockBuilder next = BlockBuilder.on(params, parent, state).timestamp(parent.header().timestamp() + 1000);
            if (height % 4 == 0) {
                next.transactions(new TxBuilder(params).nonce(height / 4 - 1).amount(3).build());
            }
            blocks.add(next.build());
        }
        Path export = dir.resolve("chain.bin");
        try (OutputStream out = Files.newOutputStream(export)) {
            for (Block block : blocks) {
                out.write(block.encode());
            }
        }
        return new Export(export, blocks.get(blocks.size() - 1).hash(), blocks);
    }

    /** A block stream: its file, its last block's hash, and its blocks from genesis. */
    private record Export(Path file, Hash32 head, List<Block> blocks) {
    }

    private Path initialized(String name) {
        Path dataDir = dir.resolve(name);
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, TestChain.params(3));
        }
        return dataDir;
    }

    private static void assertHead(Path dataDir, Hash32 head) {
        try (NodeScheduler threads = new NodeScheduler();
             LocalChain chain = LocalChain.open(dataDir, Clock.systemUTC(), threads.verifierPool(1))) {
            assertThat(chain.blockchain().head().hash()).isEqualTo(head);
        }
    }

    @Test
    void transactionsTheApiAcknowledgedSurviveKillsInThePool() throws Exception {
        ChainParams params = TestChain.params(3);
        Path dataDir = dir.resolve("basic");
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        HttpClient http = HttpClient.newHttpClient();
        List<Hash32> acknowledged = new ArrayList<>();
        for (int kill = 0; kill < 3; kill++) {
            try (ChildProcess node = startBasic(dataDir)) {
                String api = apiUrl(node);
                for (int i = 0; i < 4; i++) {
                    Transaction tx = new TxBuilder(params).nonce(acknowledged.size()).amount(1 + kill).build();
                    HttpResponse<String> response = post(http, api, tx);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                    acknowledged.add(tx.hash());
                }
                node.kill();
            }
        }
        try (ChildProcess node = startBasic(dataDir)) {
            String api = apiUrl(node);
            for (Hash32 hash : acknowledged) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(api + "/api/v1/transactions/" + hash.toHex())).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("acknowledged %s: %s", hash, response.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void validatorKilledWhileMiningUnderLoadKeepsItsBlocksAndWhatItAcknowledged() throws Exception {
        Path dataDir = dir.resolve("loaded");
        Address authority = new Keystore(dataDir).create(2048, KeyProtection.none());
        ChainParams params = new ChainParams(TestChain.NETWORK_ID, List.of(authority),
                new ChainParams.BlockMining(1, 1, 500, 4_194_304, 100, 8, true, PlaceholderData.random(15), 500),
                new ChainParams.TransactionParams(4, 1024), 25,
                new ChainParams.GenesisHeader(1_700_000_000_000L, 4, "crash test under load"),
                new TreeMap<>(Map.of(TestChain.address(TestChain.funded(0)), new Account(TestChain.FUNDS, 0))));
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        HttpClient http = HttpClient.newHttpClient();
        List<Hash32> transactions = new ArrayList<>();
        Map<Long, String> blocks = new HashMap<>();
        for (int kill = 0; kill < LOADED_KILLS; kill++) {
            try (ChildProcess node = ChildProcess.start("node", "--type", "validator", "--data-dir", dataDir.toString(),
                    "--mining-threads", "1", "--p2p-port", "0", "--api-port", "0", "--state-commit-blocks", "2")) {
                String api = apiUrl(node);
                for (int i = 0; i < 6; i++) {
                    Transaction tx = new TxBuilder(params).nonce(transactions.size()).amount(1).build();
                    HttpResponse<String> response = post(http, api, tx);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                    transactions.add(tx.hash());
                }
                node.awaitLines(IMPORTED.asPredicate(), 1 + kill % 2, DEADLINE);
                node.kill();
                blocks.putAll(importedBlocks(node.lines()));
            }
            assertConsistentAndHolding(dataDir, blocks);
        }
        try (ChildProcess node = startBasic(dataDir)) {
            String api = apiUrl(node);
            for (Hash32 hash : transactions) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(api + "/api/v1/transactions/" + hash.toHex())).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("acknowledged %s: %s", hash, response.body()).isEqualTo(200);
            }
        }
    }

    private static HttpResponse<String> post(HttpClient http, String api, Transaction tx) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/transactions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"raw\":\"" + HexFormat.of().formatHex(tx.encode()) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ChildProcess startBasic(Path dataDir) {
        return ChildProcess.start("node", "--type", "basic", "--data-dir", dataDir.toString(), "--p2p-port", "0",
                "--api-port", "0");
    }

    private static String apiUrl(ChildProcess node) {
        node.awaitLines(API.asPredicate(), 1, DEADLINE);
        return node.lines().stream().map(API::matcher).filter(Matcher::find).findFirst().orElseThrow().group(1);
    }

    private static Map<Long, String> importedBlocks(List<String> lines) {
        Map<Long, String> blocks = new HashMap<>();
        for (String line : lines) {
            Matcher m = IMPORTED.matcher(line);
            if (m.find()) {
                blocks.put(Long.parseLong(m.group(1)), m.group(2));
            }
        }
        return blocks;
    }

    /**
     * The chain links up from genesis to head, every committed state is its block's header's, the head's state (re-
     * executed by the open when it was not committed) is readable and agrees with the head accounts, and no ack was
     * lost.
     */
    private static void assertConsistentAndHolding(Path dataDir, Map<Long, String> acknowledged) {
        try (NodeScheduler threads = new NodeScheduler();
             LocalChain local = LocalChain.open(dataDir, Clock.systemUTC(), threads.verifierPool(1))) {
            Blockchain chain = local.blockchain();
            ChainHead head = chain.head();
            Block child = head.block();
            ChainStore store = new ChainStore(local.database());
            for (long height = head.height() - 1; height >= 0; height--) {
                Block parent = chain.blockAt(height).orElseThrow();
                assertThat(child.header().parentHash()).isEqualTo(parent.hash());
                child = parent;
                store.committedState(parent.hash()).ifPresent(root -> assertThat(root)
                        .as("committed state at height %d", parent.height()).isEqualTo(parent.header().stateRoot()));
            }
            var tree = chain.stateAt(head.stateRoot());
            Address miner = head.block().header().miner();
            assertThat(chain.headState().account(miner)).isEqualTo(tree.account(miner));
            acknowledged.forEach((height, prefix) -> assertThat(chain.blockAt(height))
                    .as("acknowledged block at height %d", height)
                    .hasValueSatisfying(block -> assertThat(block.hash().toHex()).startsWith(prefix)));
        }
    }
}
