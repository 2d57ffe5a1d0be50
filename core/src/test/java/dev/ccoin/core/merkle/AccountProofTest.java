package dev.ccoin.core.merkle;

import static dev.ccoin.core.merkle.TestAccounts.ALICE;
import static dev.ccoin.core.merkle.TestAccounts.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.DecodeError;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountProofTest {
    private final StateTree tree = new StateTree(new InMemoryNodeStore());
    private final Random random = new Random(21);
    private Map<Address, Account> accounts;
    private Hash32 root;

    @BeforeEach
    void fiveHundredAccounts() {
        accounts = TestAccounts.random(random, 500);
        root = tree.update(Hash32.ZERO, accounts);
    }

    @Test
    void inclusionProofOfEveryAccountVerifiesToItsAccount() {
        accounts.forEach((address, account) -> {
            AccountProof proof = tree.prove(root, address);

            assertThat(proof.leaf()).contains(new StateNode.Leaf(address, account));
            assertThat(proof.verify(root, address)).isEqualTo(account);
        });
    }

    @Test
    void absentAddressesAreProvenEmptyByBothKindsOfPathEnd() {
        boolean endedEmpty = false;
        boolean endedAtOtherLeaf = false;
        for (int i = 0; i < 300; i++) {
            Address absent = TestAccounts.randomAddress(random);
            AccountProof proof = tree.prove(root, absent);

            assertThat(proof.verify(root, absent)).isEqualTo(Account.EMPTY);
            endedEmpty |= proof.leaf().isEmpty();
            endedAtOtherLeaf |= proof.leaf().isPresent();
        }
        assertThat(endedEmpty).as("some path ends at an empty subtree").isTrue();
        assertThat(endedAtOtherLeaf).as("some path ends at another account's leaf").isTrue();
    }

    @Test
    void emptyStateProvesEveryAddressAbsentWithAnEmptyProof() {
        AccountProof proof = tree.prove(Hash32.ZERO, ALICE);

        assertThat(proof).isEqualTo(new AccountProof(List.of(), Optional.empty()));
        assertThat(proof.verify(Hash32.ZERO, ALICE)).isEqualTo(Account.EMPTY);
    }

    @Test
    void singleAccountStateProvesOtherAddressesAbsentByItsLeaf() {
        Hash32 one = tree.update(Hash32.ZERO, Map.of(BOB, new Account(7, 0)));

        AccountProof proof = tree.prove(one, ALICE);

        assertThat(proof.depth()).isZero();
        assertThat(proof.verify(one, ALICE)).isEqualTo(Account.EMPTY);
        assertThat(proof.verify(one, BOB)).isEqualTo(new Account(7, 0));
    }

    @Test
    void proofWithATamperedSiblingIsRejected() {
        Address address = someAccount();
        AccountProof proof = tree.prove(root, address);
        List<Hash32> siblings = new ArrayList<>(proof.siblings());
        siblings.set(siblings.size() - 1, Hash32.ZERO);

        assertRejected(() -> new AccountProof(siblings, proof.leaf()).verify(root, address), ProofError.ROOT_MISMATCH);
    }

    @Test
    void proofWithATamperedBalanceIsRejected() {
        Address address = someAccount();
        AccountProof proof = tree.prove(root, address);
        Account inflated = accounts.get(address).credit(1_000_000);

        assertRejected(() -> new AccountProof(proof.siblings(), Optional.of(new StateNode.Leaf(address, inflated)))
                .verify(root, address), ProofError.ROOT_MISMATCH);
    }

    @Test
    void inclusionProofWithTheLeafRemovedDoesNotProveAbsence() {
        Address address = someAccount();
        AccountProof proof = tree.prove(root, address);

        assertRejected(() -> new AccountProof(proof.siblings(), Optional.empty()).verify(root, address),
                ProofError.ROOT_MISMATCH);
    }

    @Test
    void proofWithASiblingDroppedIsRejected() {
        Address address = someAccount();
        AccountProof proof = tree.prove(root, address);

        assertRejected(() -> new AccountProof(proof.siblings().subList(1, proof.depth()), proof.leaf())
                .verify(root, address), ProofError.ROOT_MISMATCH);
    }

    @Test
    void proofAgainstAnotherRootIsRejected() {
        Address address = someAccount();
        AccountProof proof = tree.prove(root, address);
        Hash32 later = tree.update(root, Map.of(address, new Account(1, 1)));

        assertRejected(() -> proof.verify(later, address), ProofError.ROOT_MISMATCH);
        assertThat(tree.prove(later, address).verify(later, address)).isEqualTo(new Account(1, 1));
    }

    @Test
    void anotherAccountsInclusionProofOffPathIsRejectedAsPathMismatch() {
        Address address = someAccount();
        AccountProof proof = tree.prove(root, address);
        Address elsewhere = addressOffPath(address, proof.depth());

        assertRejected(() -> proof.verify(root, elsewhere), ProofError.PATH_MISMATCH);
    }

    @Test
    void proofLongerThanAPathCannotBeBuilt() {
        List<Hash32> siblings = Collections.nCopies(257, Hash32.ZERO);

        assertThatThrownBy(() -> new AccountProof(siblings, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proofsRoundTripThroughTheirEncoding() {
        Address present = someAccount();
        Address absent = TestAccounts.randomAddress(random);

        for (AccountProof proof : List.of(tree.prove(root, present), tree.prove(root, absent),
                tree.prove(Hash32.ZERO, absent))) {
            AccountProof decoded = AccountProof.decode(proof.encode());
            assertThat(decoded).isEqualTo(proof);
        }
        assertThat(AccountProof.decode(tree.prove(root, present).encode()).verify(root, present))
                .isEqualTo(accounts.get(present));
    }

    @Test
    void proofEncodesAsSiblingsThenTheLeafFields() {
        Hash32 sibling = Hash32.parse("11".repeat(32));
        AccountProof withLeaf = new AccountProof(List.of(sibling),
                Optional.of(new StateNode.Leaf(BOB, new Account(7, 0))));

        assertThat(Hex.encode(withLeaf.encode()))
                .isEqualTo("9291c420" + "11".repeat(32) + "93c414" + "b0".repeat(20) + "0700");
        assertThat(Hex.encode(new AccountProof(List.of(), Optional.empty()).encode())).isEqualTo("929090");
    }

    @Test
    void decodingAProofLeafOfTheWrongArityFails() {
        byte[] bytes = new CanonicalWriter().array(2).array(0).array(2).address(BOB).u64(7).toByteArray();

        assertDecodeFails(bytes, DecodeError.WRONG_ARITY);
    }

    @Test
    void decodingAProofLeafWithAnEmptyAccountFails() {
        byte[] bytes = new CanonicalWriter().array(2).array(0).array(3).address(BOB).u64(0).u64(0).toByteArray();

        assertDecodeFails(bytes, DecodeError.INVALID_VALUE);
    }

    @Test
    void decodingMoreSiblingsThanAPathHasFails() {
        CanonicalWriter writer = new CanonicalWriter().array(2).array(257);
        for (int i = 0; i < 257; i++) {
            writer.hash(Hash32.ZERO);
        }
        byte[] bytes = writer.array(0).toByteArray();

        assertDecodeFails(bytes, DecodeError.TOO_LONG);
    }

    private Address someAccount() {
        // An account deep enough to have siblings.
        return accounts.keySet().stream().filter(a -> tree.prove(root, a).depth() >= 2).findFirst().orElseThrow();
    }

    private Address addressOffPath(Address address, int depth) {
        Hash32 path = StateTree.pathOf(address);
        while (true) {
            Address candidate = TestAccounts.randomAddress(random);
            Hash32 other = StateTree.pathOf(candidate);
            for (int i = 0; i < depth; i++) {
                if (StateTree.bit(path, i) != StateTree.bit(other, i)) {
                    return candidate;
                }
            }
        }
    }

    private static void assertRejected(ThrowingCallable verification, ProofError reason) {
        assertThatThrownBy(verification)
                .isInstanceOfSatisfying(InvalidProofException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static void assertDecodeFails(byte[] bytes, DecodeError reason) {
        assertThatThrownBy(() -> AccountProof.decode(bytes))
                .isInstanceOfSatisfying(DecodeException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
