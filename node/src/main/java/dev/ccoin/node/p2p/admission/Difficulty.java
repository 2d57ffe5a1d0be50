package dev.ccoin.node.p2p.admission;

/**
 * The admission difficulty of protocol §8, an AIMD rule over whole seconds of the responder's clock: a second in which
 * more than {@code rate} puzzles were issued, or the pending set was over half full, raises {@code bits} by 2 up to
 * {@code maxBits}; each 10 s with neither lowers it by 1, down to {@code floorBits}. A flood therefore meets the
 * largest puzzles within a few seconds, and a calm node is back to cheap ones within minutes.
 *
 * <p>Owned by the admission thread, which reports each puzzle and each look at the pending set and calls
 * {@link #advance} with its clock; {@link #bits} may be read from any thread.
 */
public final class Difficulty {
    static final long SECOND_MS = 1_000;
    static final long CALM_MS = 10_000;
    private static final int RISE = 2;

    private final int floorBits;
    private final int maxBits;
    private final int rate;
    private volatile int bits;
    private long secondStart;
    private long calmSince;
    private int issuedThisSecond;
    private boolean crowdedThisSecond;

    /** Starts at {@code floorBits}, the current second beginning at {@code nowMillis}. */
    public Difficulty(int floorBits, int maxBits, int rate, long nowMillis) {
        if (floorBits < 0 || maxBits < floorBits || maxBits > 256) {
            throw new IllegalArgumentException("admission bits must satisfy 0 <= " + floorBits + " <= " + maxBits
                    + " <= 256");
        }
        if (rate < 0) {
            throw new IllegalArgumentException("the admission rate is not negative");
        }
        this.floorBits = floorBits;
        this.maxBits = maxBits;
        this.rate = rate;
        this.bits = floorBits;
        this.secondStart = nowMillis;
        this.calmSince = nowMillis;
    }

    /** The difficulty of the next puzzle. */
    public int bits() {
        return bits;
    }

    /** A puzzle went out in the current second. */
    public void issued() {
        issuedThisSecond++;
    }

    /** The pending set was over half full at some moment of the current second. */
    public void crowded() {
        crowdedThisSecond = true;
    }

    /** Closes every whole second that ended by {@code nowMillis}, applying the rule to each. */
    public void advance(long nowMillis) {
        while (nowMillis - secondStart >= SECOND_MS) {
            long secondEnd = secondStart + SECOND_MS;
            if (issuedThisSecond > rate || crowdedThisSecond) {
                bits = Math.min(maxBits, bits + RISE);
                calmSince = secondEnd;
            } else if (secondEnd - calmSince >= CALM_MS) {
                bits = Math.max(floorBits, bits - 1);
                calmSince = secondEnd;
            }
            issuedThisSecond = 0;
            crowdedThisSecond = false;
            secondStart = secondEnd;
        }
    }
}
