package dev.ccoin.core.merkle;

import static dev.ccoin.core.merkle.TestAccounts.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.DecodeError;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import org.junit.jupiter.api.Test;

class StateNodeTest {
    private static final Hash32 LEFT = Sha256.hash(new byte[] {1});
    private static final Hash32 RIGHT = Sha256.hash(new byte[] {2});

    @Test
    void leafHashIsTheSpecLayoutOfAddressBalanceAndNonce() {
        StateNode.Leaf leaf = new StateNode.Leaf(BOB, new Account(0x0102, 0x03));
        byte[] layout = Hex.decode("00" + "b0".repeat(20) + "0000000000000102" + "0000000000000003");

        assertThat(leaf.hash()).isEqualTo(Sha256.hash(layout));
    }

    @Test
    void branchHashIsPrefixedWithOne() {
        assertThat(new StateNode.Branch(LEFT, RIGHT).hash()).isEqualTo(Sha256.hash((byte) 1, LEFT, RIGHT));
    }

    @Test
    void leafEncodesAsTagAddressBalanceNonce() {
        StateNode leaf = new StateNode.Leaf(BOB, new Account(7, 0));

        assertThat(Hex.encode(leaf.encode())).isEqualTo("9400c414" + "b0".repeat(20) + "0700");
        assertThat(StateNode.decode(leaf.encode())).isEqualTo(leaf);
    }

    @Test
    void branchEncodesAsTagLeftRight() {
        StateNode branch = new StateNode.Branch(LEFT, Hash32.ZERO);

        assertThat(Hex.encode(branch.encode())).isEqualTo("9301c420" + LEFT.toHex() + "c420" + "00".repeat(32));
        assertThat(StateNode.decode(branch.encode())).isEqualTo(branch);
    }

    @Test
    void aBranchLaidOutDirectlyIsWhatThePackerWrites() {
        for (StateNode branch : new StateNode[] {
                new StateNode.Branch(LEFT, RIGHT), new StateNode.Branch(Hash32.ZERO, RIGHT),
                new StateNode.Branch(LEFT, Hash32.ZERO)}) {
            CanonicalWriter packed = new CanonicalWriter();
            branch.write(packed);

            assertThat(branch.encode()).isEqualTo(packed.toByteArray());
        }
    }

    @Test
    void anEmptyAccountCannotBeALeaf() {
        assertThatThrownBy(() -> new StateNode.Leaf(BOB, Account.EMPTY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBranchOverTwoEmptySubtreesIsRefused() {
        assertThatThrownBy(() -> new StateNode.Branch(Hash32.ZERO, Hash32.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodingAStoredLeafWithAnEmptyAccountFailsAsInvalid() {
        byte[] bytes = new CanonicalWriter().array(4).u64(0).address(BOB).u64(0).u64(0).toByteArray();

        assertReason(bytes, DecodeError.INVALID_VALUE);
    }

    @Test
    void decodingAnUnknownTagFails() {
        byte[] bytes = new CanonicalWriter().array(3).u64(2).hash(LEFT).hash(RIGHT).toByteArray();

        assertReason(bytes, DecodeError.INVALID_VALUE);
    }

    @Test
    void decodingALeafWithABranchArityFails() {
        byte[] bytes = new CanonicalWriter().array(3).u64(0).address(BOB).u64(7).toByteArray();

        assertReason(bytes, DecodeError.WRONG_ARITY);
    }

    @Test
    void decodingAnEmptyArrayFails() {
        assertReason(new CanonicalWriter().array(0).toByteArray(), DecodeError.WRONG_ARITY);
    }

    @Test
    void decodingAShortHashFails() {
        byte[] bytes = new CanonicalWriter().array(3).u64(1).bin(new byte[31]).hash(RIGHT).toByteArray();

        assertReason(bytes, DecodeError.INVALID_VALUE);
    }

    @Test
    void decodingTrailingBytesFails() {
        byte[] encoded = new StateNode.Branch(LEFT, RIGHT).encode();
        byte[] longer = java.util.Arrays.copyOf(encoded, encoded.length + 1);

        assertReason(longer, DecodeError.TRAILING_BYTES);
    }

    private static void assertReason(byte[] bytes, DecodeError reason) {
        assertThatThrownBy(() -> StateNode.decode(bytes))
                .isInstanceOfSatisfying(DecodeException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
