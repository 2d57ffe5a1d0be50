package dev.ccoin.node.consensus.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderRulesTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final HeaderRules rules = HeaderRules.forHeaders(chain.params, ConsensusFixture.CLOCK);
    private final BlockValidator validator = chain.validator();

    @Test
    void theRulesAreTheValidatorsHeaderAndParentRulesWithoutSizeAndTransactionCount() {
        List<Class<?>> validatorHeaderRules = validator.headerRules().stream()
                .filter(rule -> !(rule instanceof BlockSizeRule) && !(rule instanceof TransactionCountRule))
                .<Class<?>>map(Object::getClass).toList();

        assertThat(rules.sealRules()).<Class<?>>extracting(Object::getClass)
                .containsExactlyElementsOf(validatorHeaderRules);
        assertThat(rules.parentRules()).<Class<?>>extracting(Object::getClass)
                .containsExactlyElementsOf(validator.parentRules().stream().<Class<?>>map(Object::getClass).toList());
    }

    @Test
    void aValidBlocksSealedHeaderPasses() {
        Block block = chain.block().transactions(chain.tx().build()).build();

        assertThatNoException().isThrownBy(() -> rules.check(SealedHeader.of(block), chain.genesisContext()));
    }

    @Test
    void aHeaderSignedByANonAuthorityIsRefusedAsTheNodeRefusesIt() {
        Block block = chain.block().signer(TestKeys.get(7)).build();

        assertThatThrownBy(() -> rules.check(SealedHeader.of(block), chain.genesisContext()))
                .isInstanceOfSatisfying(InvalidBlockException.class,
                        e -> assertThat(e.reason()).isEqualTo(BlockReason.NOT_AN_AUTHORITY));
    }

    @Test
    void aHeaderOnAnotherParentIsRefused() {
        Block first = chain.block().build();
        Block second = chain.blockOn(first).build();

        assertThatThrownBy(() -> rules.check(SealedHeader.of(second), chain.genesisContext()))
                .isInstanceOfSatisfying(InvalidBlockException.class,
                        e -> assertThat(e.reason()).isEqualTo(BlockReason.UNKNOWN_PARENT));
    }
}
