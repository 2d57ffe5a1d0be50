package dev.ccoin.core.merkle;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.DecodeError;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the state tree holds for one address under one root: the siblings along the address's path, root side
 * first, down to where the path ends, and the {@link StateNode.Leaf} it ends at, if any. It proves inclusion when
 * the leaf is the address's own, and absence when the path ends at an empty subtree or at another account's leaf.
 * Encoded as {@code [[sibling(bin32)...], []]} or {@code [[sibling(bin32)...], [address(bin20), balance, nonce]]}.
 * Immutable.
 */
public record AccountProof(List<Hash32> siblings, Optional<StateNode.Leaf> leaf) implements Encodable {
    /** A path has 256 bits, so no proof has more siblings. */
    public static final int MAX_DEPTH = StateTree.MAX_DEPTH;

    public AccountProof {
        siblings = List.copyOf(siblings);
        Objects.requireNonNull(leaf, "leaf");
        if (siblings.size() > MAX_DEPTH) {
            throw new IllegalArgumentException("a proof has at most " + MAX_DEPTH + " siblings, got " + siblings.size());
        }
    }

    /** The depth at which the path ends. */
    public int depth() {
        return siblings.size();
    }

    /**
     * Checks this proof for {@code address} against {@code root} and returns the proven account: the address's
     * own account, or {@link Account#EMPTY} when the proof shows it absent.
     *
     * @throws InvalidProofException with the reason when the proof proves nothing under {@code root}
     */
    public Account verify(Hash32 root, Address address) {
        Hash32 path = StateTree.pathOf(address);
        int depth = depth();
        Hash32 hash = Hash32.ZERO;
        Account proven = Account.EMPTY;
        if (leaf.isPresent()) {
            StateNode.Leaf found = leaf.get();
            if (found.address().equals(address)) {
                proven = found.account();
            } else if (!sharesPrefix(path, StateTree.pathOf(found.address()), depth)) {
                // Another account's leaf only shows absence if it sits on this address's path.
                throw new InvalidProofException(ProofError.PATH_MISMATCH,
                        "leaf of " + found.address() + " is not on the path of " + address + " at depth " + depth);
            }
            hash = found.hash();
        }
        for (int i = depth - 1; i >= 0; i--) {
            Hash32 sibling = siblings.get(i);
            hash = StateTree.bit(path, i) == 0
                    ? Sha256.hash((byte) StateNode.BRANCH_TAG, hash, sibling)
                    : Sha256.hash((byte) StateNode.BRANCH_TAG, sibling, hash);
        }
        if (!hash.equals(root)) {
            throw new InvalidProofException(ProofError.ROOT_MISMATCH,
                    "proof for " + address + " gives root " + hash + ", expected " + root);
        }
        return proven;
    }

    @Override
    public void write(CanonicalWriter writer) {
        writer.array(2).array(siblings.size());
        siblings.forEach(writer::hash);
        if (leaf.isPresent()) {
            StateNode.Leaf found = leaf.get();
            writer.array(3).address(found.address()).u64(found.account().balance()).u64(found.account().nonce());
        } else {
            writer.array(0);
        }
    }

    /** Reads one proof, strictly. */
    public static AccountProof read(CanonicalReader reader) {
        reader.array(2, "account proof");
        int count = reader.arrayHeader(MAX_DEPTH, "proof siblings");
        Hash32[] siblings = new Hash32[count];
        for (int i = 0; i < count; i++) {
            siblings[i] = reader.hash("proof sibling");
        }
        int leafFields = reader.arrayHeader(3, "proof leaf");
        if (leafFields == 0) {
            return new AccountProof(List.of(siblings), Optional.empty());
        }
        if (leafFields != 3) {
            throw new DecodeException(DecodeError.WRONG_ARITY, "proof leaf needs 0 or 3 fields, got " + leafFields);
        }
        Address address = reader.address("proof leaf address");
        long balance = reader.u64("proof leaf balance");
        long nonce = reader.u64("proof leaf nonce");
        try {
            return new AccountProof(List.of(siblings), Optional.of(new StateNode.Leaf(address, new Account(balance, nonce))));
        } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeError.INVALID_VALUE, e.getMessage());
        }
    }

    /** Decodes exactly one proof from {@code bytes}. */
    public static AccountProof decode(byte[] bytes) {
        return CanonicalReader.decode(bytes, AccountProof::read);
    }

    private static boolean sharesPrefix(Hash32 a, Hash32 b, int bits) {
        for (int i = 0; i < bits; i++) {
            if (StateTree.bit(a, i) != StateTree.bit(b, i)) {
                return false;
            }
        }
        return true;
    }
}
