package dev.ccoin.core.pow;

import dev.ccoin.core.types.Hash32;

/**
 * Trials in pure Java, the portable fallback. The first eight message words are the fixed prefix, so the first eight
 * rounds run once per prefix (the "midstate"); round 8 uses only the nonce's high word and is redone only when it
 * changes, once every 2^32 nonces. The message-schedule terms that do not depend on the nonce are precomputed too.
 * A trial then runs rounds 9..63 and 48 schedule steps of which 3 are constants. One thread only.
 */
final class MidstateHasher extends StateWordsHasher {
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };
    /** Message words 10..15 are padding: 0x80 then zeros then the length, 320 bits. */
    private static final int W10 = 0x80000000;
    private static final int W15 = 320;
    private static final long NO_HIGH_WORD = Long.MIN_VALUE;

    /** Message words 0..8 (prefix and nonce high word), then schedule words 16..63 as computed per trial. */
    private final int[] w = new int[64];
    /** K[t] + W[t] for each round, the nonce-independent entries filled per prefix. */
    private final int[] kw = new int[64];
    private final int[] out = new int[8];
    private final int[] midstate = new int[8];
    private final int[] afterRound8 = new int[8];
    private long highWord = NO_HIGH_WORD;
    private int c16;
    private int c18;
    private int c20;
    private int c22;
    private int c23;

    @Override
    public void setPrefix(Hash32 prefix) {
        for (int i = 0; i < Hash32.WORDS; i++) {
            w[i] = prefix.word(i);
        }
        System.arraycopy(Sha256Words.IV, 0, midstate, 0, 8);
        for (int t = 0; t < 8; t++) {
            round(midstate, K[t] + w[t]);
        }
        w[10] = W10;
        w[15] = W15;
        kw[10] = K[10] + W10;
        for (int t = 11; t < 15; t++) {
            kw[t] = K[t];
        }
        kw[15] = K[15] + W15;
        // W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16], with W11..W14 = 0.
        c16 = s0(w[1]) + w[0];
        w[17] = s1(W15) + W10 + s0(w[2]) + w[1];
        c18 = s0(w[3]) + w[2];
        w[19] = s1(w[17]) + s0(w[4]) + w[3];
        c20 = s0(w[5]) + w[4];
        w[21] = s1(w[19]) + s0(w[6]) + w[5];
        c22 = W15 + s0(w[7]) + w[6];
        highWord = NO_HIGH_WORD;
    }

    @Override
    int[] trial(long nonce) {
        int high = (int) (nonce >>> 32);
        if (high != highWord) {
            enterHighWord(high);
        }
        int low = (int) nonce;
        int[] w = this.w;
        int[] kw = this.kw;
        w[16] = c16 + low;
        w[18] = s1(w[16]) + c18;
        w[20] = s1(w[18]) + c20;
        w[22] = s1(w[20]) + c22;
        w[23] = w[16] + c23;
        w[24] = s1(w[22]) + w[17] + s0(low) + w[8];
        w[25] = s1(w[23]) + w[18] + s0(W10) + low;
        for (int t = 26; t < 64; t++) {
            w[t] = s1(w[t - 2]) + w[t - 7] + s0(w[t - 15]) + w[t - 16];
        }
        kw[9] = K[9] + low;
        for (int t = 16; t < 64; t++) {
            kw[t] = K[t] + w[t];
        }
        int[] s = afterRound8;
        int a = s[0];
        int b = s[1];
        int c = s[2];
        int d = s[3];
        int e = s[4];
        int f = s[5];
        int g = s[6];
        int h = s[7];
        for (int t = 9; t < 64; t++) {
            int t1 = h + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
                    + ((e & f) ^ (~e & g)) + kw[t];
            int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
                    + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        int[] iv = Sha256Words.IV;
        out[0] = iv[0] + a;
        out[1] = iv[1] + b;
        out[2] = iv[2] + c;
        out[3] = iv[3] + d;
        out[4] = iv[4] + e;
        out[5] = iv[5] + f;
        out[6] = iv[6] + g;
        out[7] = iv[7] + h;
        return out;
    }

    /** Round 8 and the schedule terms that depend on the nonce's high word. */
    private void enterHighWord(int high) {
        w[8] = high;
        System.arraycopy(midstate, 0, afterRound8, 0, 8);
        round(afterRound8, K[8] + high);
        c23 = s1(w[21]) + s0(high) + w[7];
        highWord = high;
    }

    private static void round(int[] s, int kPlusW) {
        int a = s[0];
        int e = s[4];
        int t1 = s[7] + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
                + ((e & s[5]) ^ (~e & s[6])) + kPlusW;
        int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
                + ((a & s[1]) ^ (a & s[2]) ^ (s[1] & s[2]));
        System.arraycopy(s, 0, s, 1, 7);
        s[0] = t1 + t2;
        s[4] += t1;
    }

    private static int s0(int x) {
        return Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
    }

    private static int s1(int x) {
        return Integer.rotateRight(x, 17) ^ Integer.rotateRight(x, 19) ^ (x >>> 10);
    }
}
