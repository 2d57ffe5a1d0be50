package dev.ccoin.node.api.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.ChainView;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code GET /authorities}: walks back from the head along parent links — a consistent branch even if the head moves
 * meanwhile — counting among the last {@link #WINDOW} blocks each authority's seals, how many of them were in turn
 * and how many of the window's heights were its turn (protocol §4), and noting the newest block each sealed within
 * the last {@link #LOOKBACK}. The answer is kept for the head it was computed at, so repeated requests
 * between blocks cost nothing. Thread-safe: the cache is one atomic reference to an immutable view.
 */
public final class AuthoritiesApi implements ApiRoutes {
    /** The recent window of protocol §10: blocks sealed in the last 64. */
    public static final int WINDOW = 64;
    /** How far back "last seen" looks; an authority idle for longer shows null. */
    public static final int LOOKBACK = 1024;

    private final ChainView chain;
    private final AtomicReference<AuthoritiesView> cached = new AtomicReference<>();

    public AuthoritiesApi(ChainView chain) {
        this.chain = chain;
    }

    @Override
    public void register(Javalin app) {
        app.get(BASE + "/authorities", this::get);
    }

    private void get(Context ctx) {
        ChainHead head = chain.head();
        AuthoritiesView view = cached.get();
        if (view == null || !view.headHash().equals(head.hash().toHex())) {
            view = compute(head);
            cached.set(view);
        }
        ctx.json(view);
    }

    private AuthoritiesView compute(ChainHead head) {
        List<Address> authorities = chain.params().authorities();
        Map<Address, Integer> recent = new HashMap<>();
        Map<Address, Integer> recentInTurn = new HashMap<>();
        Map<Address, Integer> recentTurns = new HashMap<>();
        Map<Address, AuthorityView.LastSeen> lastSeen = new HashMap<>();
        Optional<Block> cursor = Optional.of(head.block());
        for (int depth = 0; depth < LOOKBACK && cursor.isPresent() && cursor.get().height() > 0; depth++) {
            Block block = cursor.get();
            Address miner = block.header().miner();
            if (depth < WINDOW) {
                Address inTurn = chain.params().inTurnAuthority(block.height());
                recent.merge(miner, 1, Integer::sum);
                recentTurns.merge(inTurn, 1, Integer::sum);
                if (inTurn.equals(miner)) {
                    recentInTurn.merge(miner, 1, Integer::sum);
                }
            }
            lastSeen.putIfAbsent(miner, new AuthorityView.LastSeen(block.height(), block.hash().toHex(),
                    block.header().timestamp()));
            if (depth >= WINDOW - 1 && lastSeen.keySet().containsAll(authorities)) {
                break;
            }
            cursor = chain.block(block.header().parentHash());
        }
        int n = authorities.size();
        long next = head.height() + 1;
        List<AuthorityView> views = new ArrayList<>(n);
        for (int slot = 0; slot < n; slot++) {
            Address address = authorities.get(slot);
            long nextInTurn = next + Math.floorMod(slot - Long.remainderUnsigned(next, n), n);
            views.add(new AuthorityView(address.toHex(), slot, nextInTurn, recent.getOrDefault(address, 0),
                    recentInTurn.getOrDefault(address, 0), recentTurns.getOrDefault(address, 0),
                    lastSeen.get(address)));
        }
        return new AuthoritiesView(head.height(), head.hash().toHex(), WINDOW, LOOKBACK, views);
    }
}
