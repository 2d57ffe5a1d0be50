package dev.ccoin.node.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboundQueueTest {
    @Test
    void fullQueueRefusesInsteadOfBlocking() {
        OutboundQueue queue = new OutboundQueue(2, 1_000);

        assertThat(queue.offer(new byte[10])).isTrue();
        assertThat(queue.offer(new byte[10])).isTrue();
        assertThat(queue.offer(new byte[10])).isFalse();
    }

    @Test
    void byteBudgetBoundsTheQueueButOneLargeFrameStillPasses() {
        OutboundQueue queue = new OutboundQueue(100, 100);

        assertThat(queue.offer(new byte[500])).isTrue();
        assertThat(queue.offer(new byte[1])).isFalse();
    }

    @Test
    void finishingDropsWhatWaitsAndDeliversTheLastFrameThenTheEnd() throws InterruptedException {
        OutboundQueue queue = new OutboundQueue(10, 1_000);
        queue.offer(new byte[] {1});
        queue.offer(new byte[] {2});

        queue.finish(new byte[] {9});

        assertThat(queue.take()).containsExactly(9);
        assertThat(queue.take()).isNull();
        assertThat(queue.offer(new byte[] {3})).isTrue();
        assertThat(queue.take()).isNull();
    }

    @Test
    void framesComeOutInOrder() throws InterruptedException {
        OutboundQueue queue = new OutboundQueue(10, 1_000);
        for (byte i = 0; i < 5; i++) {
            queue.offer(new byte[] {i});
        }

        for (byte i = 0; i < 5; i++) {
            assertThat(queue.take()).containsExactly(i);
        }
        assertThat(queue.isEmpty()).isTrue();
    }
}
