package dev.ccoin.node.api.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.api.http.ApiException;
import dev.ccoin.node.api.http.Params;
import dev.ccoin.node.chain.ChainView;

/**
 * How a request names a block: {@code latest} (the head), a height on the canonical chain, or a block hash (64 hex
 * digits, optional {@code 0x}; side-branch blocks too). Anything else is 400 {@code BAD_BLOCK_ID}; a block this node
 * does not have is 404 {@code BLOCK_NOT_FOUND}. Stateless.
 */
public final class BlockId {
    private static final int HASH_DIGITS = 2 * Hash32.LENGTH;

    private BlockId() {
    }

    /** The block {@code id} names on {@code chain}; 400 or 404 as above. */
    public static Block resolve(String id, ChainView chain) {
        String text = id.trim();
        if (text.equalsIgnoreCase("latest")) {
            return chain.head().block();
        }
        if (isHash(text)) {
            Hash32 hash = Params.hash(text, "a block hash");
            return chain.block(hash).orElseThrow(() -> ApiException.notFound("BLOCK_NOT_FOUND", "no block " + hash));
        }
        if (!text.isEmpty() && text.length() <= 18 && text.chars().allMatch(Character::isDigit)) {
            long height = Long.parseLong(text);
            return chain.blockAt(height).orElseThrow(() -> ApiException.notFound("BLOCK_NOT_FOUND",
                    "no block at height " + height + "; the head is at " + chain.head().height()));
        }
        throw ApiException.badRequest("BAD_BLOCK_ID",
                "a block is named by its height, its hash (64 hex digits) or latest, not \"" + abbreviate(text) + "\"");
    }

    private static boolean isHash(String text) {
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        return digits.length() == HASH_DIGITS;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
