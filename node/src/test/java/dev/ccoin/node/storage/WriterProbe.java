package dev.ccoin.node.storage;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A child process for {@link CrossEngineTest}: on the engine its {@code -Dccoin.storage} chooses, commits one synced
 * batch after another ({@link #key} → {@link #value}, and {@link #LAST} → the number) and prints
 * {@code COMMITTED n} after each, until it is killed.
 */
public final class WriterProbe {
    static final byte[] LAST = {'l', 'a', 's', 't'};

    private WriterProbe() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]))) {
            for (int n = 0; ; n++) {
                try (StoreBatch batch = db.batch()) {
                    batch.put(key(n), value(n)).put(LAST, ByteBuffer.allocate(4).putInt(n).array()).commit(true);
                }
                System.out.println("COMMITTED " + n);
                System.out.flush();
            }
        }
    }

    static byte[] key(int n) {
        return ByteBuffer.allocate(5).put((byte) 'k').putInt(n).array();
    }

    /** 4 KiB: half noise, half a repeated byte, so that Snappy has something to compress. */
    static byte[] value(int n) {
        byte[] value = new byte[4096];
        new SplittableRandom(n).nextBytes(value);
        Arrays.fill(value, 2048, value.length, (byte) n);
        return value;
    }
}
