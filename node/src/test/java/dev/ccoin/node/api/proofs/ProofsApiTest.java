package dev.ccoin.node.api.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.merkle.AccountProof;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.merkle.StateNode;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.merkle.TxBranch;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.ReferenceStateRoot;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import dev.ccoin.node.api.TestApi;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProofsApiTest {
    /** Transactions per block: a leaf alone, a pair, an odd last node, and odd nodes on two levels. */
    private static final int[] BLOCK_SIZES = {1, 2, 3, 7};
    private static final ChainParams PARAMS = TestChain.params(1);
    private static final Address MINER = TestChain.address(TestKeys.get(0));

    @TempDir
    static Path dataDir;

    private static final List<Block> blocks = new ArrayList<>();
    /** The accounts after each block, by height, kept by the test's own arithmetic. */
    private static final List<Map<Address, Account>> states = new ArrayList<>();
    private static ServedChain served;

    @BeforeAll
    static void serveAChainWhoseStatesTheTestKnows() {
        InMemoryNodeStore store = new InMemoryNodeStore();
        Block parent = BlockBuilder.genesis(PARAMS, store);
        blocks.add(parent);
        Map<Address, Account> state = new HashMap<>(PARAMS.alloc());
        states.add(Map.copyOf(state));
        long[] nonces = new long[3];
        int recipient = 0;
        for (int size : BLOCK_SIZES) {
            List<Transaction> txs = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int sender = i % 3;
                Address to = fresh(recipient++);
                long amount = 1 + i;
                txs.add(new TxBuilder(PARAMS).sender(TestChain.funded(sender)).to(to).nonce(nonces[sender]++)
                        .amount(amount).build());
                Address from = TestChain.address(TestChain.funded(sender));
                Account before = state.get(from);
                state.put(from, new Account(before.balance() - amount, before.nonce() + 1));
                state.merge(to, new Account(amount, 0), (a, b) -> new Account(a.balance() + b.balance(), a.nonce()));
            }
            state.merge(MINER, new Account(PARAMS.mining().reward(), 0),
                    (a, b) -> new Account(a.balance() + b.balance(), a.nonce()));
            parent = BlockBuilder.on(PARAMS, parent, store).transactions(txs).build();
            blocks.add(parent);
            states.add(Map.copyOf(state));
        }
        served = ServedChain.start(dataDir, PARAMS, blocks.subList(1, blocks.size()), database -> { });
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void theTestsOwnStatesHaveTheRootsOfTheHeaders() {
        for (int height = 0; height < blocks.size(); height++) {
            assertThat(ReferenceStateRoot.of(states.get(height))).as("height %d", height)
                    .isEqualTo(blocks.get(height).header().stateRoot());
        }
    }

    @Test
    void everyAccountAtEveryBlockIsProvenAgainstTheRecomputedRoot() {
        for (int height = 0; height < blocks.size(); height++) {
            Hash32 root = ReferenceStateRoot.of(states.get(height));
            for (Map.Entry<Address, Account> account : states.get(height).entrySet()) {
                JsonNode answer = served.get("/accounts/" + account.getKey() + "/proof?block=" + height).json();

                assertThat(proofOf(answer).verify(root, account.getKey())).isEqualTo(account.getValue());
                assertThat(answer.get("balance").asLong()).isEqualTo(account.getValue().balance());
                assertThat(answer.get("nonce").asLong()).isEqualTo(account.getValue().nonce());
                assertThat(answer.get("address").asText()).isEqualTo(account.getKey().toHex());
                assertThat(answer.get("block").get("height").asLong()).isEqualTo(height);
                assertThat(answer.get("block").get("hash").asText()).isEqualTo(blocks.get(height).hash().toHex());
                assertThat(answer.get("block").get("stateRoot").asText()).isEqualTo(root.toHex());
            }
        }
    }

    @Test
    void absentAddressesOnBothSidesOfExistingPathsAndInEmptySubtreesAreProvenAbsent() {
        Map<Address, Account> head = states.get(states.size() - 1);
        Hash32 root = ReferenceStateRoot.of(head);
        Random random = new Random(16);
        boolean emptySubtree = false;
        boolean beforeALeaf = false;
        boolean afterALeaf = false;
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[Address.LENGTH];
            random.nextBytes(bytes);
            Address absent = Address.of(bytes);
            JsonNode answer = served.get("/accounts/" + absent + "/proof").json();
            AccountProof proof = proofOf(answer);

            assertThat(proof.verify(root, absent)).isEqualTo(Account.EMPTY);
            assertThat(answer.get("balance").asLong()).isZero();
            assertThat(answer.get("nonce").asLong()).isZero();
            if (proof.leaf().isEmpty()) {
                emptySubtree = true;
            } else {
                int side = StateTree.pathOf(absent).compareTo(StateTree.pathOf(proof.leaf().get().address()));
                beforeALeaf |= side < 0;
                afterALeaf |= side > 0;
            }
        }
        assertThat(emptySubtree).as("a path ends at an empty subtree").isTrue();
        assertThat(beforeALeaf).as("a path ends at a leaf whose path is greater").isTrue();
        assertThat(afterALeaf).as("a path ends at a leaf whose path is smaller").isTrue();
    }

    @Test
    void latestIsTheHeadAndAHashNamesTheSameBlock() {
        Block head = blocks.get(blocks.size() - 1);
        JsonNode latest = served.get("/accounts/" + MINER + "/proof").json();

        assertThat(latest.get("block").get("hash").asText()).isEqualTo(head.hash().toHex());
        assertThat(served.get("/accounts/" + MINER + "/proof?block=" + head.hash()).json()).isEqualTo(latest);
    }

    @Test
    void msgpackIsTheSameProofInItsCanonicalEncoding() {
        Address sender = TestChain.address(TestChain.funded(0));
        JsonNode json = served.get("/accounts/" + sender + "/proof?block=2").json();

        TestApi.Response msgpack = served.get("/accounts/" + sender + "/proof?block=2", "application/msgpack");

        assertThat(msgpack.status()).isEqualTo(200);
        assertThat(msgpack.contentType()).startsWith("application/msgpack");
        assertThat(AccountProof.decode(msgpack.bytes())).isEqualTo(proofOf(json));
        assertThat(msgpack.bytes()).isEqualTo(proofOf(json).encode());
    }

    @Test
    void everyTransactionOfEveryBlockHasABranchToItsTxRoot() {
        for (Block block : blocks.subList(1, blocks.size())) {
            for (int index = 0; index < block.transactions().size(); index++) {
                Transaction tx = block.transactions().get(index);
                JsonNode answer = served.get("/transactions/" + tx.hash() + "/proof").json();
                List<Hash32> branch = new ArrayList<>();
                answer.get("branch").forEach(node -> branch.add(Hash32.parse(node.asText())));

                assertThat(answer.get("block").get("hash").asText()).isEqualTo(block.hash().toHex());
                assertThat(answer.get("block").get("height").asLong()).isEqualTo(block.height());
                assertThat(answer.get("block").get("txRoot").asText()).isEqualTo(block.header().txRoot().toHex());
                assertThat(answer.get("index").asInt()).isEqualTo(index);
                assertThat(answer.get("count").asInt()).isEqualTo(block.transactions().size());
                assertThat(Transaction.decode(Hex.decode(answer.get("raw").asText()))).isEqualTo(tx);
                new TxBranch(index, block.transactions().size(), branch).verify(block.header().txRoot(), tx.hash());
            }
        }
    }

    @Test
    void headersArePagesOfSealedHeadersFromAHeightToTheHead() {
        List<SealedHeader> all = headers("/headers?from=0&limit=2000");
        List<SealedHeader> middle = headers("/headers?from=2&limit=2");

        assertThat(all).containsExactlyElementsOf(blocks.stream().map(SealedHeader::of).toList());
        assertThat(middle).containsExactly(SealedHeader.of(blocks.get(2)), SealedHeader.of(blocks.get(3)));
        assertThat(headers("/headers?from=3")).containsExactly(SealedHeader.of(blocks.get(3)),
                SealedHeader.of(blocks.get(4)));
        assertThat(headers("/headers?from=" + blocks.size())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "/headers?limit=2001, 400, BAD_PARAMETER",
            "/headers?limit=0, 400, BAD_PARAMETER",
            "/headers?from=-1, 400, BAD_PARAMETER",
            "/accounts/xyz/proof, 400, BAD_ADDRESS",
            "/accounts/b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0/proof?block=nope, 400, BAD_BLOCK_ID",
            "/accounts/b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0/proof?block=99, 404, BLOCK_NOT_FOUND",
            "/accounts/b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0/proof?block="
                    + "00000000000000000000000000000000000000000000000000000000000000aa, 404, BLOCK_NOT_FOUND",
            "/transactions/abc/proof, 400, BAD_HASH",
            "/transactions/00000000000000000000000000000000000000000000000000000000000000aa/proof, 404, "
                    + "TRANSACTION_NOT_FOUND",
    })
    void badIdsAre400AndUnknownOnes404(String path, int status, String code) {
        TestApi.Response response = served.get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.error()).isEqualTo(code);
    }

    static List<SealedHeader> headers(String path) {
        TestApi.Response response = served.get(path, "application/msgpack");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/msgpack");
        return CanonicalReader.decode(response.bytes(), reader -> {
            int count = reader.arrayHeader(2_000, "headers");
            SealedHeader[] page = new SealedHeader[count];
            for (int i = 0; i < count; i++) {
                page[i] = SealedHeader.read(reader);
            }
            return Arrays.asList(page);
        });
    }

    /** The proof of a JSON answer, read field by field as a client would. */
    static AccountProof proofOf(JsonNode answer) {
        List<Hash32> siblings = new ArrayList<>();
        answer.get("proof").get("siblings").forEach(node -> siblings.add(Hash32.parse(node.asText())));
        JsonNode leaf = answer.get("proof").get("leaf");
        assertThat(leaf).as("the leaf is present, as null when there is none").isNotNull();
        Optional<StateNode.Leaf> found = leaf.isNull() ? Optional.empty()
                : Optional.of(new StateNode.Leaf(Address.parse(leaf.get("address").asText()),
                        new Account(leaf.get("balance").asLong(), leaf.get("nonce").asLong())));
        return new AccountProof(siblings, found);
    }

    private static Address fresh(int i) {
        return Address.of(Arrays.copyOf(Sha256.hash(ByteBuffer.allocate(4).putInt(i).array()).toArray(),
                Address.LENGTH));
    }
}
