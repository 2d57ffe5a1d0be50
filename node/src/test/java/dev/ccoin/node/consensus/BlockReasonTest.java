package dev.ccoin.node.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BlockReasonTest {
    @Test
    void onlyAFutureTimestampAndAnUnknownParentAreNotHeldAgainstTheSender() {
        assertThat(Arrays.stream(BlockReason.values()).filter(r -> !r.blamesSender()))
                .containsExactlyInAnyOrder(BlockReason.TIMESTAMP_IN_FUTURE, BlockReason.UNKNOWN_PARENT);
    }
}
