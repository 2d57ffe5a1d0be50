package dev.ccoin.core.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifyRateTest {
    private final ChainParams params = TestChain.params(1);

    @Test
    void runsAtLeastTheCountAskedAndReportsItsRate() {
        VerifyRate rate = new VerifyRate(List.of(new TxBuilder(params).build(), new TxBuilder(params).nonce(1).build()));

        VerifyRate.Checks pss = rate.pss(3, Duration.ZERO);
        VerifyRate.Checks decoded = rate.withKeyDecode(3, Duration.ZERO);

        assertThat(pss.count()).isEqualTo(3);
        assertThat(decoded.count()).isEqualTo(3);
        assertThat(pss.perSecond()).isPositive();
    }

    @Test
    void aSignatureThatDoesNotVerifyStopsTheMeasurement() {
        Transaction signed = new TxBuilder(params).build();
        Transaction forged = new Transaction(new TxBuilder(params).amount(11).unsigned(), signed.workNonce(),
                signed.signature());
        VerifyRate rate = new VerifyRate(List.of(forged));

        assertThatThrownBy(() -> rate.pss(1, Duration.ZERO)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(forged.hash().toString());
    }
}
