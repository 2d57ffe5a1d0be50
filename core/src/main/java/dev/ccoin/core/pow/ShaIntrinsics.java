package dev.ccoin.core.pow;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether the JVM compiles SHA digests to CPU instructions: HotSpot's {@code UseSHA} flag, read once. Assumed on
 * when the flag cannot be read (another JVM, no management modules), since every mainstream JVM accelerates SHA-256.
 */
final class ShaIntrinsics {
    private static final boolean ENABLED = readFlag();

    private ShaIntrinsics() {
    }

    static boolean enabled() {
        return ENABLED;
    }

    private static boolean readFlag() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotSpot == null || !"false".equals(hotSpot.getVMOption("UseSHA").getValue());
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
    }
}
