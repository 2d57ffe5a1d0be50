package dev.ccoin.cli.light;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node that alters a real node's answers is refused with the reason, never believed. */
class LyingNodeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static final LightNet net = new LightNet();
    private static List<Block> main;
    private static ServedNode honest;
    private static ServedNode lighterFork;
    private static Path genesis;

    @BeforeAll
    static void serveTheChainAndALighterFork() {
        main = net.mainChain(6);
        honest = ServedNode.start(dir.resolve("honest"), net.params, main);
        lighterFork = ServedNode.start(dir.resolve("fork"), net.params, net.outOfTurnOn(net.genesis, 7));
        genesis = net.writeGenesis(dir);
    }

    @AfterAll
    static void stop() {
        honest.close();
        lighterFork.close();
    }

    @Test
    void aChangedBalanceIsNotWhatTheProofProves() {
        assertRefused(LyingNode.over(honest.url(), onProof(answer ->
                answer.put("balance", answer.get("balance").asLong() + 1_000))), "ACCOUNT_MISMATCH");
    }

    @Test
    void aChangedLeafDoesNotHashUpToTheHeadersStateRoot() {
        assertRefused(LyingNode.over(honest.url(), onProof(answer -> {
            ObjectNode leaf = (ObjectNode) answer.get("proof").get("leaf");
            leaf.put("balance", leaf.get("balance").asLong() + 1_000);
            answer.put("balance", leaf.get("balance").asLong());
        })), "PROOF_ROOT_MISMATCH");
    }

    @Test
    void aHeaderWithAnotherStateRootNoLongerCarriesItsSignature() {
        assertRefused(LyingNode.over(honest.url(), onHeadHeader(header -> {
            BlockHeader h = header.header();
            BlockHeader changed = new BlockHeader(h.version(), h.networkId(), h.height(), h.parentHash(),
                    h.txRoot(), Sha256.hash(h.stateRoot().toArray()), h.timestamp(), h.miner(), h.difficulty(),
                    h.data());
            return mined(changed, header.minerKey(), header.signature());
        })), "HEADER_SIGNATURE");
    }

    @Test
    void aHeaderSealedByANonAuthorityIsRefused() {
        KeyPair stranger = TestKeys.get(8);
        assertRefused(LyingNode.over(honest.url(), onHeadHeader(header -> {
            BlockHeader h = header.header();
            BlockHeader changed = new BlockHeader(h.version(), h.networkId(), h.height(), h.parentHash(),
                    h.txRoot(), h.stateRoot(), h.timestamp(), RsaKeys.address(stranger.getPublic()), h.difficulty(),
                    h.data());
            return mined(changed, RsaKeys.encode(stranger.getPublic()),
                    Pss.sign(stranger.getPrivate(), changed.sealHash()));
        })), "HEADER_AUTHORITY");
    }

    @Test
    void aLighterForkAnsweringForItsOwnHeadIsNotCanonical() {
        // The stored chain is the heavier one; the liar serves a valid lighter fork and answers for its own head.
        Path headers = dir.resolve("fork-headers");
        Ccoin.Result warm = run(headers, honest.url());
        assertThat(warm.exitCode()).as(warm.err()).isZero();

        try (LyingNode liar = LyingNode.asking(lighterFork.url(), latestInsteadOfTheBlockAsked())) {
            Ccoin.Result result = run(headers, liar.url());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).startsWith("error: NOT_CANONICAL: ");
        }
    }

    @Test
    void aLighterForkLosesToTheHeavierChainOfAnotherNode() {
        try (LyingNode liar = LyingNode.asking(lighterFork.url(), latestInsteadOfTheBlockAsked())) {
            Ccoin.Result result = run(null, liar.url(), honest.url());

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("at block 6 (" + main.get(5).hash().shortHex(12) + "…)");
        }
    }

    @Test
    void aTruncatedHeaderPageFallsShortOfTheReportedHead() {
        assertRefused(LyingNode.over(honest.url(), onHeaderPage(page -> page.subList(0, Math.max(1, page.size() - 2)))),
                "HEADERS_TRUNCATED");
    }

    @Test
    void aHeaderPageCutMidwayDoesNotDecode() {
        assertRefused(LyingNode.over(honest.url(), (path, honest) -> path.startsWith("/api/v1/headers")
                ? Arrays.copyOf(honest, honest.length - 10) : honest), "HEADERS_MALFORMED");
    }

    @Test
    void aChangedTransactionBranchDoesNotHashUpToTheTxRoot() {
        String hash = main.get(1).transactions().get(0).hash().toHex();
        try (LyingNode liar = LyingNode.over(honest.url(), (path, body) -> {
            if (!path.endsWith("/proof") || !path.startsWith("/api/v1/transactions/")) {
                return body;
            }
            ObjectNode answer = read(body);
            answer.put("count", 2);
            answer.putArray("branch").add(Hash32.ZERO.toHex());
            return write(answer);
        })) {
            Ccoin.Result result = new Ccoin().run("tx", "get", hash, "--verify", "--genesis", genesis.toString(),
                    "--api", liar.url());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).startsWith("error: PROOF_ROOT_MISMATCH: ");
        }
    }

    private static void assertRefused(LyingNode liar, String reason) {
        try (liar) {
            Ccoin.Result result = run(null, liar.url());

            assertThat(result.exitCode()).as(result.out()).isEqualTo(1);
            assertThat(result.err()).startsWith("error: " + reason + ": ");
            assertThat(result.out()).isEmpty();
        }
    }

    private static Ccoin.Result run(Path headersDir, String... apis) {
        List<String> args = new ArrayList<>(List.of("balance", LightNet.RECIPIENT.toHex(), "--verify",
                "--genesis", genesis.toString()));
        if (headersDir != null) {
            args.addAll(List.of("--headers-dir", headersDir.toString()));
        }
        for (String api : apis) {
            args.addAll(List.of("--api", api));
        }
        return new Ccoin().run(args.toArray(String[]::new));
    }

    private static UnaryOperator<String> latestInsteadOfTheBlockAsked() {
        return path -> path.contains("/proof?block=") ? path.replaceAll("block=[0-9a-f]+", "block=latest") : path;
    }

    private interface JsonLie {
        void alter(ObjectNode answer);
    }

    private static LyingNode.Lie onProof(JsonLie lie) {
        return (path, body) -> {
            if (!path.startsWith("/api/v1/accounts/") || !path.contains("/proof")) {
                return body;
            }
            ObjectNode answer = read(body);
            lie.alter(answer);
            return write(answer);
        };
    }

    private static LyingNode.Lie onHeaderPage(UnaryOperator<List<SealedHeader>> lie) {
        return (path, body) -> {
            if (!path.startsWith("/api/v1/headers") || path.contains("limit=1&") || path.endsWith("limit=1")) {
                return body;
            }
            List<SealedHeader> page = CanonicalReader.decode(body, reader -> {
                int count = reader.arrayHeader(2_000, "page");
                List<SealedHeader> headers = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    headers.add(SealedHeader.read(reader));
                }
                return headers;
            });
            List<SealedHeader> altered = page.isEmpty() ? page : lie.apply(page);
            CanonicalWriter writer = new CanonicalWriter().array(altered.size());
            altered.forEach(writer::write);
            return writer.toByteArray();
        };
    }

    /** Replaces the head's header wherever a page holds it. */
    private static LyingNode.Lie onHeadHeader(UnaryOperator<SealedHeader> lie) {
        Hash32 head = main.get(main.size() - 1).hash();
        return onHeaderPage(page -> page.stream().map(h -> h.hash().equals(head) ? lie.apply(h) : h).toList());
    }

    /** {@code header} with {@code key} and {@code signature}, and a nonce that meets its difficulty again. */
    private static SealedHeader mined(BlockHeader header, Bytes key, Bytes signature) {
        long nonce = 0;
        while (!Sha256.hashWithNonce(header.sealHash(), nonce).meets(header.difficulty())) {
            nonce++;
        }
        return new SealedHeader(header, key, signature, nonce);
    }

    private static ObjectNode read(byte[] body) {
        try {
            return (ObjectNode) JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(ObjectNode answer) {
        try {
            return JSON.writeValueAsBytes(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
