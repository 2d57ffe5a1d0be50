package dev.ccoin.cli.light;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.GenesisFile;
import dev.ccoin.node.consensus.rules.HeaderRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderStoreTest {
    private static final LightNet net = new LightNet();
    private static final List<Block> main = net.mainChain(6);
    private static final SealedHeader GENESIS = LightClient.genesisOf(net.params);

    @TempDir
    Path dir;

    private final StringWriter notes = new StringWriter();

    @Test
    void aNewStoreHoldsGenesisAndASavedChainComesBackWhole() {
        try (HeaderStore store = open()) {
            assertThat(store.chain().height()).isZero();
            store.save(chainOf(main));
        }

        try (HeaderStore store = open()) {
            assertThat(store.chain().height()).isEqualTo(6);
            assertThat(store.chain().head().hash()).isEqualTo(main.get(5).hash());
            assertThat(store.chain().totalWork()).isEqualTo(chainOf(main).totalWork());
        }
        assertThat(notes.toString()).isEmpty();
    }

    @Test
    void aRecordTornByACrashMidWriteIsCutOffAndTheChainBeforeItKept() throws IOException {
        saved(main);
        Path log = dir.resolve("headers").resolve(HeaderStore.LOG);
        long size = Files.size(log);
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.truncate(size - 100);
        }

        try (HeaderStore store = open()) {
            assertThat(store.chain().height()).isEqualTo(5);
            assertThat(store.chain().head().hash()).isEqualTo(main.get(4).hash());
        }
        assertThat(notes.toString()).contains("torn").contains("keeping the 6 headers");
        assertThat(Files.size(log)).isLessThan(size - 100);
    }

    @Test
    void aDamagedRecordInTheMiddleKeepsOnlyTheHeadersBeforeIt() throws IOException {
        saved(main);
        Path log = dir.resolve("headers").resolve(HeaderStore.LOG);
        byte[] bytes = Files.readAllBytes(log);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(log, bytes);

        try (HeaderStore store = open()) {
            assertThat(store.chain().height()).isBetween(1L, 4L);
            for (long height = 0; height <= store.chain().height(); height++) {
                assertThat(store.chain().at(height).hash()).isEqualTo(height == 0 ? GENESIS.hash()
                        : main.get((int) height - 1).hash());
            }
        }
        assertThat(notes.toString()).contains("bad checksum");
    }

    @Test
    void aReorgTruncatesToTheForkPointAndAppendsTheNewBranch() {
        List<Block> lighter = net.outOfTurnOn(main.get(1), 2);
        List<Block> heavier = net.inTurnOn(main.get(1), 6);
        saved(List.of(main.get(0), main.get(1), lighter.get(0), lighter.get(1)));

        try (HeaderStore store = open()) {
            store.save(chainOf(List.of(main.get(0), main.get(1), heavier.get(0), heavier.get(1), heavier.get(2),
                    heavier.get(3), heavier.get(4), heavier.get(5))));
        }

        try (HeaderStore store = open()) {
            assertThat(store.chain().height()).isEqualTo(8);
            assertThat(store.chain().at(3).hash()).isEqualTo(heavier.get(0).hash());
            assertThat(store.chain().head().hash()).isEqualTo(heavier.get(5).hash());
        }
        assertThat(notes.toString()).isEmpty();
    }

    @Test
    void aStoreOfAnotherGenesisIsRefused() {
        ChainParams other = GenesisFile.parse(net.genesisJson.replace("light net", "another net"));
        try (HeaderStore store = HeaderStore.open(dir.resolve("headers"), other, LightClient.genesisOf(other),
                new PrintWriter(notes))) {
            assertThat(store.chain().head().hash()).isNotEqualTo(GENESIS.hash());
        }

        assertThatThrownBy(this::open).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(LightRefusal.STORE_OTHER_CHAIN));
    }

    @Test
    void aSecondProcessCannotOpenAStoreInUse() {
        try (HeaderStore first = open()) {
            assertThat(first.chain().height()).isZero();
            // The lock is the operating system's: a second open in this process overlaps it, as another process would.
            assertThatThrownBy(this::open).isInstanceOf(RuntimeException.class).hasMessageContaining("in use");
        }
    }

    private void saved(List<Block> blocks) {
        try (HeaderStore store = open()) {
            store.save(chainOf(blocks));
        }
        notes.getBuffer().setLength(0);
    }

    private HeaderStore open() {
        return HeaderStore.open(dir.resolve("headers"), net.params, GENESIS, new PrintWriter(notes));
    }

    private static HeaderChain chainOf(List<Block> blocks) {
        HeaderRules rules = HeaderRules.forHeaders(net.params, Clock.systemUTC());
        HeaderChain chain = HeaderChain.startingAt(net.params, GENESIS);
        blocks.forEach(block -> chain.extend(SealedHeader.of(block), rules, "test"));
        return chain;
    }
}
