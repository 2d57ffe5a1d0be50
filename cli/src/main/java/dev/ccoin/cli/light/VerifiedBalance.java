package dev.ccoin.cli.light;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code ccoin balance ADDR --verify}: follows the heaviest valid header chain, then asks for the account's proof
 * at its head — first of the nodes serving that head — and prints the balance only once the proof hashes up to
 * the head's state root. Stateless.
 */
public final class VerifiedBalance {
    private VerifiedBalance() {
    }

    /** Prints the verified balance and returns exit code 0, or throws the {@link RefusedException}. */
    public static int run(LightSession session, Address address, PrintWriter out, boolean json) {
        LightClient client = session.client();
        TrustedChain trusted = client.follow();
        SealedHeader head = trusted.chain().head();
        for (NodeSource source : trusted.proofOrder()) {
            Optional<JsonNode> answer = source.accountProof(address, head.hash());
            if (answer.isPresent()) {
                Account account = AccountCheck.verify(answer.get(), source.name(), address, head, trusted.chain());
                if (json) {
                    ObjectNode result = VerifiedOutput.object();
                    result.put("verified", true);
                    result.put("address", address.toHex());
                    result.put("balance", account.balance());
                    result.put("nonce", account.nonce());
                    result.set("block", VerifiedOutput.blockJson(head));
                    result.set("headerChain", VerifiedOutput.chainJson(trusted, client));
                    result.put("provenBy", source.name());
                    result.set("proof", answer.get().get("proof"));
                    VerifiedOutput.print(out, result);
                } else {
                    out.println("balance " + account.balance() + " at " + VerifiedOutput.block(head) + ", "
                            + VerifiedOutput.chainChecked(client));
                    out.flush();
                }
                return 0;
            }
        }
        throw new RefusedException(LightRefusal.PROOF_UNAVAILABLE, "no node asked holds the state of "
                + VerifiedOutput.block(head) + " any more");
    }
}
