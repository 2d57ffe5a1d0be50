package dev.ccoin.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.types.Hex;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CanonicalReaderTest {

    static Stream<Arguments> integersAndTheirSmallestEncoding() {
        return Stream.of(
                Arguments.of(0L, "00"), Arguments.of(127L, "7f"), Arguments.of(128L, "cc80"),
                Arguments.of(255L, "ccff"), Arguments.of(256L, "cd0100"), Arguments.of(65535L, "cdffff"),
                Arguments.of(65536L, "ce00010000"), Arguments.of(4294967295L, "ceffffffff"),
                Arguments.of(4294967296L, "cf0000000100000000"), Arguments.of(Long.MAX_VALUE, "cf7fffffffffffffff"));
    }

    @ParameterizedTest
    @MethodSource("integersAndTheirSmallestEncoding")
    void integersRoundTripInTheirSmallestForm(long value, String hex) {
        byte[] encoded = Codec.encode(w -> w.u64(value));

        assertThat(Hex.encode(encoded)).isEqualTo(hex);
        long decoded = CanonicalReader.decode(encoded, r -> r.u64("n"));
        assertThat(decoded).isEqualTo(value);
        assertThat(CanonicalWriter.u64Size(value)).isEqualTo(encoded.length);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 255, 256, 65_535, 65_536})
    void binSizeIsTheLengthOfTheSmallestBinEncoding(int length) {
        assertThat(CanonicalWriter.binSize(length)).isEqualTo(Codec.encode(w -> w.bin(new byte[length])).length);
    }

    @Test
    void bytesSinceAPositionAreTheEncodingReadInBetween() {
        byte[] encoded = Codec.encode(w -> w.array(3).u64(1).bin(new byte[] {7, 8}).u64(300));
        try (CanonicalReader reader = CanonicalReader.of(encoded)) {
            reader.arrayHeader(3, "outer");
            reader.u64("first");
            long start = reader.position();
            reader.bin(2, "second");
            reader.u64("third");

            assertThat(reader.bytesSince(start)).hasValueSatisfying(
                    bytes -> assertThat(Hex.encode(bytes)).isEqualTo("c4020708cd012c"));
        }
    }

    @Test
    void aStreamReaderKeepsNoBytes() {
        byte[] encoded = Codec.encode(w -> w.u64(5));
        try (CanonicalReader reader = CanonicalReader.of(new ByteArrayInputStream(encoded))) {
            reader.u64("value");

            assertThat(reader.bytesSince(0)).isEmpty();
        }
    }

    static Stream<Arguments> refusedEncodings() {
        return Stream.of(
                Arguments.of("cc05", DecodeError.NOT_CANONICAL, "small value in uint8"),
                Arguments.of("cd00ff", DecodeError.NOT_CANONICAL, "uint8 value in uint16"),
                Arguments.of("cf00000000ffffffff", DecodeError.NOT_CANONICAL, "uint32 value in uint64"),
                Arguments.of("cf8000000000000000", DecodeError.OUT_OF_RANGE, "2^63"),
                Arguments.of("ff", DecodeError.WRONG_TYPE, "negative fixint"),
                Arguments.of("d001", DecodeError.WRONG_TYPE, "int8"),
                Arguments.of("cb3ff0000000000000", DecodeError.WRONG_TYPE, "float"),
                Arguments.of("80", DecodeError.WRONG_TYPE, "map"),
                Arguments.of("c0", DecodeError.WRONG_TYPE, "nil"),
                Arguments.of("cd01", DecodeError.TRUNCATED, "cut uint16"),
                Arguments.of("", DecodeError.TRUNCATED, "nothing"),
                Arguments.of("0500", DecodeError.TRAILING_BYTES, "two values"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("refusedEncodings")
    void nonCanonicalOrWrongIntegersAreRefusedWithAReason(String hex, DecodeError reason, String about) {
        assertThatThrownBy(() -> CanonicalReader.decode(Hex.decode(hex), r -> r.u64("n")))
                .isInstanceOfSatisfying(DecodeException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void binaryInALongerHeaderThanNeededIsRefused() {
        assertThatThrownBy(() -> CanonicalReader.decode(Hex.decode("c5000101"), r -> r.bin(10, "b")))
                .isInstanceOfSatisfying(DecodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecodeError.NOT_CANONICAL));
    }

    @Test
    void hostileLengthPrefixIsRefusedBeforeAllocating() {
        // bin32 claiming 2^31-1 bytes in a 5-byte input.
        assertThatThrownBy(() -> CanonicalReader.decode(Hex.decode("c67fffffff"), r -> r.bin(1024, "b")))
                .isInstanceOfSatisfying(DecodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecodeError.TOO_LONG));
    }

    @Test
    void theReservedByteC1IsAWrongTypeWhereverAValueIsExpected() {
        for (String hex : new String[] {"c1", "91c1", "92c101"}) {
            assertThatThrownBy(() -> CanonicalReader.decode(Hex.decode(hex), r -> {
                if (hex.length() > 2) {
                    r.arrayHeader(2, "list");
                }
                return r.u64("n");
            })).as(hex).isInstanceOfSatisfying(DecodeException.class,
                    e -> assertThat(e.reason()).isEqualTo(DecodeError.WRONG_TYPE));
        }
    }

    @Test
    void textIsNotAcceptedWhereBytesAreExpected() {
        assertThatThrownBy(() -> CanonicalReader.decode(Hex.decode("a161"), r -> r.bin(10, "b")))
                .isInstanceOfSatisfying(DecodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecodeError.WRONG_TYPE));
    }

    @Test
    void arrayWithTheWrongArityIsRefused() {
        assertThatThrownBy(() -> CanonicalReader.decode(Hex.decode("920102"), r -> {
            r.array(3, "triple");
            return null;
        })).isInstanceOfSatisfying(DecodeException.class,
                e -> assertThat(e.reason()).isEqualTo(DecodeError.WRONG_ARITY));
    }

    @Test
    void invalidUtf8TextIsRefused() {
        assertThatThrownBy(() -> CanonicalReader.decode(Hex.decode("a2c328"), r -> r.str(10, "s")))
                .isInstanceOfSatisfying(DecodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecodeError.INVALID_VALUE));
    }

    @Test
    void textUsesStr8FromThirtyTwoBytesLikePythonMsgpack() {
        String text = "x".repeat(32);
        byte[] encoded = Codec.encode(w -> w.str(text));

        assertThat(Hex.encode(encoded)).startsWith("d920");
        String decoded = CanonicalReader.decode(encoded, r -> r.str(64, "s"));
        assertThat(decoded).isEqualTo(text);
    }

    @Test
    void nestedEncodingInsideAnEncodingUsesItsOwnWriter() {
        Encodable inner = w -> w.u64(300);
        byte[] outer = Codec.encode(w -> w.array(2).bin(inner.encode()).u64(1));

        assertThat(Hex.encode(outer)).isEqualTo("92c403cd012c01");
    }
}
