package dev.ccoin.node.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

        assertThat(queue.takeAll()).containsExactly(new byte[] {9});
        assertThat(queue.takeAll()).isEmpty();
        assertThat(queue.offer(new byte[] {3})).isTrue();
        assertThat(queue.offerAll(List.of(new byte[] {4}, new byte[] {5}))).isTrue();
        assertThat(queue.takeAll()).isEmpty();
    }

    @Test
    void framesComeOutInOrder() throws InterruptedException {
        OutboundQueue queue = new OutboundQueue(10, 1_000);
        for (byte i = 0; i < 5; i++) {
            queue.offer(new byte[] {i});
        }

        assertThat(queue.takeAll()).containsExactly(new byte[] {0}, new byte[] {1}, new byte[] {2}, new byte[] {3},
                new byte[] {4});
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aBurstIsQueuedWholeAndTakenWithWhatWaitedBeforeIt() throws InterruptedException {
        OutboundQueue queue = new OutboundQueue(10, 1_000);
        queue.offer(new byte[] {0});

        assertThat(queue.offerAll(List.of(new byte[] {1}, new byte[] {2}, new byte[] {3}))).isTrue();

        assertThat(queue.takeAll()).containsExactly(new byte[] {0}, new byte[] {1}, new byte[] {2}, new byte[] {3});
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aBurstWithoutRoomIsRefusedWholeAndQueuesNothing() throws InterruptedException {
        OutboundQueue frames = new OutboundQueue(3, 1_000);
        frames.offer(new byte[] {0});
        OutboundQueue bytes = new OutboundQueue(10, 100);

        assertThat(frames.offerAll(List.of(new byte[] {1}, new byte[] {2}, new byte[] {3}))).isFalse();
        assertThat(bytes.offerAll(List.of(new byte[60], new byte[60]))).isFalse();

        assertThat(frames.takeAll()).containsExactly(new byte[] {0});
        assertThat(bytes.isEmpty()).isTrue();
    }
}
