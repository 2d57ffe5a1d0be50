package dev.ccoin.node.api.proofs;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.merkle.AccountProof;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.merkle.StateTreeException;
import dev.ccoin.core.merkle.TreeError;
import dev.ccoin.core.merkle.TxBranch;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.api.chain.BlockId;
import dev.ccoin.node.api.http.ApiException;
import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.api.http.Params;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.chain.TxLocation;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * {@code GET /headers?from=&limit=}, {@code GET /accounts/{address}/proof?block=} and
 * {@code GET /transactions/{hash}/proof} (protocol §10.1). A proof is read from the state at the named block: the tree
 * is content-addressed and a root's nodes never change, so a handler walks it on its own thread while the chain
 * thread imports. A state whose root node the store does not hold is {@code 404 STATE_PRUNED}. Thread-safe.
 */
public final class ProofsApi implements ApiRoutes {
    public static final String MSGPACK = "application/msgpack";

    private final ChainView chain;
    private final NodeStore stateNodes;
    private final StateTree stateTree;
    private final HeaderPages headers;

    /** @param stateNodes the store the chain's state tree reads, holding every state the node keeps */
    public ProofsApi(ChainView chain, NodeStore stateNodes) {
        this.chain = chain;
        this.stateNodes = stateNodes;
        this.stateTree = new StateTree(stateNodes);
        this.headers = new HeaderPages(chain);
    }

    @Override
    public void register(Javalin app) {
        app.get(BASE + "/headers", this::headers);
        app.get(BASE + "/accounts/{address}/proof", this::accountProof);
        app.get(BASE + "/transactions/{hash}/proof", this::transactionProof);
    }

    private void headers(Context ctx) {
        long from = Params.longQuery(ctx, "from", 0, 0, Long.MAX_VALUE);
        int limit = Params.intQuery(ctx, "limit", HeaderPages.MAX_LIMIT, 1, HeaderPages.MAX_LIMIT);
        ctx.contentType(MSGPACK).result(headers.page(from, limit));
    }

    private void accountProof(Context ctx) {
        Address address = Params.address(ctx.pathParam("address"));
        String id = ctx.queryParam("block");
        Block block = BlockId.resolve(id == null ? "latest" : id, chain);
        AccountProof proof = prove(block, address);
        if (wantsMsgpack(ctx)) {
            ctx.contentType(MSGPACK).result(proof.encode());
        } else {
            ctx.json(AccountProofView.of(block, address, proof));
        }
    }

    private void transactionProof(Context ctx) {
        Hash32 hash = Params.hash(ctx.pathParam("hash"), "a transaction hash");
        TxLocation location = chain.transactionLocation(hash).orElseThrow(() -> notIncluded(hash));
        // The index may be read just before a reorg moves the transaction: then the block no longer holds it there.
        Block block = chain.block(location.blockHash())
                .filter(found -> location.index() < found.transactions().size())
                .filter(found -> found.transactions().get(location.index()).hash().equals(hash))
                .orElseThrow(() -> notIncluded(hash));
        TxBranch branch = TxBranch.of(block.transactions().stream().map(Transaction::hash).toList(), location.index());
        ctx.json(TransactionProofView.of(block, block.transactions().get(location.index()), branch));
    }

    private AccountProof prove(Block block, Address address) {
        Hash32 root = block.header().stateRoot();
        if (!root.equals(Hash32.ZERO) && stateNodes.get(root).isEmpty()) {
            throw pruned(block);
        }
        try {
            return stateTree.prove(root, address);
        } catch (StateTreeException e) {
            if (e.reason() == TreeError.MISSING_NODE) {
                throw pruned(block);
            }
            throw e;
        }
    }

    private static ApiException pruned(Block block) {
        return ApiException.notFound("STATE_PRUNED", "the node no longer holds the state of block " + block.height()
                + " " + block.hash() + " (root " + block.header().stateRoot() + "); ask for a later block");
    }

    private static ApiException notIncluded(Hash32 hash) {
        return ApiException.notFound("TRANSACTION_NOT_FOUND",
                "no canonical block includes transaction " + hash + " (a pending one has no proof yet)");
    }

    private static boolean wantsMsgpack(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(MSGPACK);
    }
}
