package dev.ccoin.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Hash32;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TxRootTest {
    private static final Hash32 A = sha256("a");
    private static final Hash32 B = sha256("b");
    private static final Hash32 C = sha256("c");

    static Stream<Arguments> knownAnswers() {
        return Stream.of(
                Arguments.of(List.of(A), "a23bd5b06da9048238a65b3f1d9d0b9e15fae3dde262688e6489aa4c763d1820"),
                Arguments.of(List.of(A, B), "ad5ca6cddc0b27c6a83e332bf28011769236e6c6a1f786ebf7b5267b37a5bd22"),
                Arguments.of(List.of(A, B, C), "cac3d448d4e20a2ad5eae1f500e63c2a7f9217cd14572ba7fd22e26dc1ec2648"),
                // block1 of the vectors: one transaction.
                Arguments.of(List.of(Hash32.parse("474c1b2531e1eaed0bcf4fc1c5f1c1ffe5b17919831de0a09216b9a03d4730d4")),
                        "6dd61dbb50b3482a9b38dd6b49ccedbc9ad3e3903e2a40696eef1677ac140217"));
    }

    @ParameterizedTest
    @MethodSource("knownAnswers")
    void rootOfTransactionIdsMatchesTheIndependentImplementation(List<Hash32> txHashes, String root) {
        assertThat(TxRoot.of(txHashes)).isEqualTo(Hash32.parse(root));
    }

    @Test
    void vectorTxHashesAreTheSha256OfABAndC() {
        assertThat(A).isEqualTo(Hash32.parse("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"));
        assertThat(B).isEqualTo(Hash32.parse("3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d"));
        assertThat(C).isEqualTo(Hash32.parse("2e7d2c03a9507ae265ecf5b5356885a53393a2029d241394997265a1a25aefc6"));
    }

    @Test
    void noTransactionsGiveTheZeroHash() {
        assertThat(TxRoot.of(List.of())).isEqualTo(Hash32.ZERO);
    }

    @Test
    void oneTransactionGivesItsLeafWhichIsPrefixedWithZero() {
        byte[] prefixed = new byte[33];
        A.copyInto(prefixed, 1);
        assertThat(TxRoot.of(List.of(A))).isEqualTo(Sha256.hash(prefixed)).isEqualTo(TxRoot.leaf(A));
    }

    @Test
    void lastNodeOfAnOddLevelMovesUpUnchanged() {
        Hash32 d = sha256("d");
        Hash32 e = sha256("e");
        Hash32 ab = node(TxRoot.leaf(A), TxRoot.leaf(B));
        Hash32 cd = node(TxRoot.leaf(C), TxRoot.leaf(d));
        // Level 1: ab, cd, leaf(e); level 2: abcd, leaf(e); root: H(1 || abcd || leaf(e)).
        assertThat(TxRoot.of(List.of(A, B, C, d, e))).isEqualTo(node(node(ab, cd), TxRoot.leaf(e)));
        assertThat(TxRoot.of(List.of(A, B, C))).isEqualTo(node(ab, TxRoot.leaf(C)));
    }

    @Test
    void orderOfTransactionsChangesTheRoot() {
        assertThat(TxRoot.of(List.of(A, B))).isNotEqualTo(TxRoot.of(List.of(B, A)));
    }

    @Test
    void inputListIsNotModified() {
        List<Hash32> txHashes = new java.util.ArrayList<>(List.of(A, B, C));
        TxRoot.of(txHashes);
        assertThat(txHashes).containsExactly(A, B, C);
    }

    private static Hash32 node(Hash32 left, Hash32 right) {
        return Sha256.hash((byte) 1, left, right);
    }

    private static Hash32 sha256(String text) {
        return Sha256.hash(text.getBytes(StandardCharsets.UTF_8));
    }
}
