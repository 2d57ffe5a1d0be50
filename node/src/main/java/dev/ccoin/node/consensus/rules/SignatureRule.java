package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.crypto.KeyFormatException;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;
import java.security.interfaces.RSAPublicKey;

/** Rule 3: the miner's PSS signature over the seal hash verifies. The most expensive header check, so the last. */
final class SignatureRule implements BlockRule {
    @Override
    public void check(Block block) {
        RSAPublicKey key;
        try {
            key = RsaKeys.publicKey(block.minerKey());
        } catch (KeyFormatException e) {
            throw InvalidBlockException.of(block, BlockReason.BAD_SIGNATURE,
                    "the miner key is unusable: " + e.getMessage());
        }
        if (!Pss.verify(key, block.sealHash(), block.signature())) {
            throw InvalidBlockException.of(block, BlockReason.BAD_SIGNATURE,
                    "the signature does not verify against the miner key");
        }
    }
}
