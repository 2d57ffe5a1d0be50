package dev.ccoin.node.p2p.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.node.p2p.messages.ErrorNotice;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.Ping;
import dev.ccoin.node.p2p.messages.Pong;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameReaderTest {
    private static final int LIMIT = 8 * 1024 * 1024;

    @Test
    void framesFollowingEachOtherAreReadInOrderThenTheCleanEnd() throws IOException {
        FrameReader reader = reader(concat(FrameEncoder.encode(new Ping(1)), FrameEncoder.encode(new Pong(1)),
                FrameEncoder.encode(new ErrorNotice("SHUTDOWN", "bye"))));

        assertThat(reader.next()).contains(new Ping(1));
        assertThat(reader.next()).contains(new Pong(1));
        assertThat(reader.next()).contains(new ErrorNotice("SHUTDOWN", "bye"));
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void frameIsLengthOfTheRestThenTypeThenBody() {
        byte[] frame = FrameEncoder.encode(new Ping(5));

        // length 5 = "PNG" + [5] (0x91 0x05)
        assertThat(frame).containsExactly(0, 0, 0, 5, 'P', 'N', 'G', 0x91, 0x05);
    }

    @Test
    void oversizeLengthPrefixIsRefusedWithoutReadingOrAllocatingFurther() {
        CountingStream in = new CountingStream(concat(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff},
                "PNG".getBytes(StandardCharsets.US_ASCII)));
        long before = allocatedBytes();

        assertThatThrownBy(() -> new FrameReader(in, LIMIT).next())
                .isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisconnectReason.FRAME_TOO_LARGE));
        assertThat(allocatedBytes() - before).isLessThan(1024 * 1024);
        assertThat(in.consumed).isEqualTo(4);
    }

    @Test
    void lengthJustOverTheLimitIsRefused() {
        assertThatThrownBy(() -> reader(prefix(LIMIT + 1, "PNG")).next())
                .isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisconnectReason.FRAME_TOO_LARGE));
    }

    @Test
    void claimedLengthAllocatesOnlyWhatArrives() {
        // Claims nearly 8 MiB, sends ten bytes, then hangs up.
        byte[] bytes = concat(prefix(LIMIT, "PNG"), new byte[10]);
        long before = allocatedBytes();

        assertThatThrownBy(() -> reader(bytes).next())
                .isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisconnectReason.TRUNCATED_FRAME));
        assertThat(allocatedBytes() - before).isLessThan(1024 * 1024);
    }

    @Test
    void lengthTooShortForTheTypeIsMalformed() {
        assertThatThrownBy(() -> reader(new byte[] {0, 0, 0, 2, 'P', 'N'}).next())
                .isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisconnectReason.MALFORMED_FRAME));
    }

    @Test
    void unknownTypeIsRefusedBeforeItsBodyIsRead() {
        CountingStream in = new CountingStream(concat(prefix(1003, "XYZ"), new byte[1000]));

        assertThatThrownBy(() -> new FrameReader(in, LIMIT).next())
                .isInstanceOfSatisfying(ProtocolViolationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DisconnectReason.UNKNOWN_MESSAGE);
                    assertThat(e.getMessage()).contains("XYZ");
                });
        assertThat(in.consumed).isEqualTo(7);
    }

    @Test
    void lowercaseTypeIsUnknown() {
        assertThatThrownBy(() -> reader(concat(prefix(5, "png"), new byte[] {(byte) 0x91, 1})).next())
                .isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisconnectReason.UNKNOWN_MESSAGE));
    }

    @Test
    void bodyThatDoesNotDecodeIsMalformed() {
        byte[] notAnArray = concat(prefix(5, "PNG"), new byte[] {(byte) 0xc0, 0x01});

        assertThatThrownBy(() -> reader(notAnArray).next())
                .isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE));
    }

    @Test
    void bodyWithMessagePacksReservedByteIsMalformed() {
        // [0xc1]: 0xc1 is "never used" in MessagePack, a byte no encoder writes.
        byte[] reserved = concat(prefix(5, "PNG"), new byte[] {(byte) 0x91, (byte) 0xc1});

        assertThatThrownBy(() -> reader(reserved).next())
                .isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE));
    }

    @Test
    void bodyWithTrailingBytesIsMalformed() {
        byte[] trailing = concat(prefix(6, "PNG"), new byte[] {(byte) 0x91, 0x01, 0x00});

        assertThatThrownBy(() -> reader(trailing).next())
                .isInstanceOfSatisfying(ProtocolViolationException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE));
    }

    @Test
    void bodyInALongerThanSmallestEncodingIsMalformed() {
        // [1] with the 1 as uint8 (0xcc 0x01) instead of a positive fixint.
        byte[] uint8 = concat(prefix(6, "PNG"), new byte[] {(byte) 0x91, (byte) 0xcc, 0x01});

        assertThatThrownBy(() -> reader(uint8).next())
                .isInstanceOfSatisfying(ProtocolViolationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE);
                    assertThat(e.getMessage()).contains("NOT_CANONICAL");
                });
    }

    @Test
    void streamEndingInsideTheHeaderOrTheBodyIsATruncatedFrame() {
        byte[] frame = FrameEncoder.encode(new Ping(300));
        for (int cut = 1; cut < frame.length; cut++) {
            byte[] truncated = Arrays.copyOf(frame, cut);
            assertThatThrownBy(() -> reader(truncated).next()).as("cut at %d", cut)
                    .isInstanceOfSatisfying(ProtocolViolationException.class,
                            e -> assertThat(e.reason()).isEqualTo(DisconnectReason.TRUNCATED_FRAME));
        }
    }

    @Test
    void loweredLimitAppliesToTheNextFrame() throws IOException {
        byte[] big = FrameEncoder.encode(new ErrorNotice("X", "y".repeat(900)));
        FrameReader reader = reader(concat(FrameEncoder.encode(new Ping(1)), big));
        Optional<Message> first = reader.next();

        reader.limit(100);

        assertThat(first).isPresent();
        assertThatThrownBy(reader::next).isInstanceOfSatisfying(ProtocolViolationException.class,
                e -> assertThat(e.reason()).isEqualTo(DisconnectReason.FRAME_TOO_LARGE));
    }

    private static FrameReader reader(byte[] bytes) {
        return new FrameReader(new ByteArrayInputStream(bytes), LIMIT);
    }

    private static byte[] prefix(long length, String type) {
        return concat(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
                (byte) length}, type.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** Counts the bytes a reader takes. */
    private static final class CountingStream extends InputStream {
        private final ByteArrayInputStream in;
        private int consumed;

        CountingStream(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            int b = in.read();
            if (b >= 0) {
                consumed++;
            }
            return b;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            int n = in.read(target, offset, length);
            if (n > 0) {
                consumed += n;
            }
            return n;
        }
    }
}
