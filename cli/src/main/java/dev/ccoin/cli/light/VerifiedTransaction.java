package dev.ccoin.cli.light;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code ccoin tx get HASH --verify}: follows the heaviest valid header chain, asks for the transaction's proof —
 * first of the nodes serving that chain's head — and prints the transaction's block only once its branch hashes up
 * to that block's txRoot on the chain. A proof for a block above the head just followed (the chain moved on in
 * between) makes it follow the chain once more before judging. Stateless.
 */
public final class VerifiedTransaction {
    private VerifiedTransaction() {
    }

    /** Prints where the transaction is proven and returns exit code 0, or throws the {@link RefusedException}. */
    public static int run(LightSession session, Hash32 hash, PrintWriter out, boolean json) {
        LightClient client = session.client();
        TrustedChain trusted = client.follow();
        for (NodeSource source : trusted.proofOrder()) {
            Optional<JsonNode> answer = source.transactionProof(hash);
            if (answer.isEmpty()) {
                continue;
            }
            if (TransactionCheck.height(answer.get(), source.name()) > trusted.chain().height()) {
                trusted = client.follow();
            }
            TransactionCheck.Included included = TransactionCheck.verify(answer.get(), source.name(), hash,
                    trusted.chain());
            long confirmations = trusted.chain().height() - included.block().height() + 1;
            if (json) {
                ObjectNode result = VerifiedOutput.object();
                result.put("verified", true);
                result.put("hash", hash.toHex());
                result.put("raw", Hex.encode(included.transaction().encode()));
                result.put("index", included.branch().index());
                result.put("count", included.branch().count());
                result.put("confirmations", confirmations);
                result.set("block", VerifiedOutput.blockJson(included.block()));
                result.set("headerChain", VerifiedOutput.chainJson(trusted, client));
                result.put("provenBy", source.name());
                result.set("branch", answer.get().get("branch"));
                VerifiedOutput.print(out, result);
            } else {
                out.println("transaction " + hash.shortHex(12) + "… in " + VerifiedOutput.block(included.block())
                        + " at index " + included.branch().index() + " of " + included.branch().count() + ", "
                        + confirmations + (confirmations == 1 ? " confirmation, " : " confirmations, ")
                        + VerifiedOutput.chainChecked(client));
                out.flush();
            }
            return 0;
        }
        throw new RefusedException(LightRefusal.PROOF_UNAVAILABLE, "no node asked has " + hash + " in a block");
    }
}
