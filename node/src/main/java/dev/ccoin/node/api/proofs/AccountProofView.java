package dev.ccoin.node.api.proofs;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.merkle.AccountProof;
import dev.ccoin.core.merkle.StateNode;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.List;

/**
 * The JSON of {@code GET /accounts/{address}/proof} (protocol §10.1): the block the proof is against, the account as
 * the node reads it ({@code 0}/{@code 0} when absent), and the proof — siblings from the root's children down,
 * and the leaf the path ends at, {@code null} for an empty subtree. Immutable.
 */
public record AccountProofView(StateBlock block, String address, long balance, long nonce, Proof proof) {
    /** The block, with the root the proof hashes up to. */
    public record StateBlock(long height, String hash, String stateRoot) {
    }

    public record Proof(List<String> siblings, Leaf leaf) {
    }

    public record Leaf(String address, long balance, long nonce) {
    }

    static AccountProofView of(Block block, Address address, AccountProof proof) {
        Account account = proof.leaf().filter(leaf -> leaf.address().equals(address))
                .map(StateNode.Leaf::account).orElse(Account.EMPTY);
        Leaf leaf = proof.leaf().map(found -> new Leaf(found.address().toHex(), found.account().balance(),
                found.account().nonce())).orElse(null);
        return new AccountProofView(
                new StateBlock(block.height(), block.hash().toHex(), block.header().stateRoot().toHex()),
                address.toHex(), account.balance(), account.nonce(),
                new Proof(proof.siblings().stream().map(Hash32::toHex).toList(), leaf));
    }
}
