package dev.ccoin.cli.light;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.merkle.AccountProof;
import dev.ccoin.core.merkle.InvalidProofException;
import dev.ccoin.core.merkle.StateNode;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a node's answer to {@code GET /accounts/{address}/proof?block=} against a verified header: the answer is
 * about that block, its proof hashes up to the header's {@code stateRoot} (not the root the answer claims), and
 * the balance and nonce it states are the ones proven. Returns the proven account. Stateless.
 */
final class AccountCheck {
    private AccountCheck() {
    }

    static Account verify(JsonNode json, String source, Address address, SealedHeader block, HeaderChain chain) {
        Answer answer = new Answer(json, source);
        Answer about = answer.object("block");
        Hash32 hash = about.hash("hash");
        long height = about.number("height");
        if (!hash.equals(block.hash()) || height != block.height()) {
            throw chain.holds(height, hash)
                    ? new RefusedException(LightRefusal.WRONG_BLOCK, source + " answered for block " + height
                            + " when asked for " + block.height() + " " + block.hash())
                    : new RefusedException(LightRefusal.NOT_CANONICAL, source + " answered for block " + height + " "
                            + hash + ", which is not on the heaviest valid chain");
        }
        Hash32 root = block.header().stateRoot();
        Hash32 claimedRoot = about.hash("stateRoot");
        if (!claimedRoot.equals(root)) {
            throw new RefusedException(LightRefusal.PROOF_ROOT_MISMATCH, source + " claims state root " + claimedRoot
                    + " for block " + height + ", whose header has " + root);
        }
        AccountProof proof = proofOf(answer.object("proof"));
        Account proven;
        try {
            proven = proof.verify(root, address);
        } catch (InvalidProofException e) {
            throw new RefusedException(switch (e.reason()) {
                case ROOT_MISMATCH -> LightRefusal.PROOF_ROOT_MISMATCH;
                case PATH_MISMATCH -> LightRefusal.PROOF_PATH_MISMATCH;
                case MALFORMED -> LightRefusal.PROOF_MALFORMED;
            }, "the proof of " + source + " for block " + height + ": " + e.getMessage());
        }
        if (!answer.address("address").equals(address) || answer.number("balance") != proven.balance()
                || answer.number("nonce") != proven.nonce()) {
            throw new RefusedException(LightRefusal.ACCOUNT_MISMATCH, source + " states " + answer.text("address")
                    + " balance " + answer.number("balance") + " nonce " + answer.number("nonce")
                    + "; its proof proves balance " + proven.balance() + " nonce " + proven.nonce() + " of " + address);
        }
        return proven;
    }

    private static AccountProof proofOf(Answer proof) {
        JsonNode siblingsNode = proof.node("siblings");
        if (!siblingsNode.isArray() || siblingsNode.size() > AccountProof.MAX_DEPTH) {
            throw proof.malformed("siblings", "is not a list of at most " + AccountProof.MAX_DEPTH + " hashes");
        }
        List<Hash32> siblings = new ArrayList<>();
        siblingsNode.forEach(node -> siblings.add(proof.hash(node, "siblings")));
        JsonNode leafNode = proof.node("leaf");
        if (leafNode.isNull()) {
            return new AccountProof(siblings, Optional.empty());
        }
        if (!leafNode.isObject()) {
            throw proof.malformed("leaf", "is neither null nor an object");
        }
        Answer leaf = proof.inside(leafNode, "leaf");
        Account account = new Account(leaf.number("balance"), leaf.number("nonce"));
        if (account.isEmpty()) {
            throw proof.malformed("leaf", "is an empty account, which the tree never holds");
        }
        return new AccountProof(siblings, Optional.of(new StateNode.Leaf(leaf.address("address"), account)));
    }
}
