package dev.ccoin.node.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for {@link DatabaseLockTest} and {@link StorageEngineFallbackTest}, on the engine its
 * {@code -Dccoin.storage} chooses. {@code hold DIR}: opens the database, prints {@code OPEN}, and keeps it open
 * until its stdin closes. {@code try DIR}: tries to open it and prints {@code OPENED <engine>} or the reason.
 */
public final class LockProbe {
    private LockProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (Database db = Database.open(dataDir)) {
                System.out.println("OPEN " + db.engine().id() + " " + db.dataDir());
                System.out.flush();
                while (System.in.read() != -1) {
                    // Wait for the parent to close our stdin.
                }
            }
        } else {
            try (Database db = Database.open(dataDir)) {
                System.out.println("OPENED " + db.engine().id() + " " + db.dataDir());
            } catch (StorageException e) {
                System.out.println(e.reason() + " " + e.getMessage());
            }
        }
        System.out.flush();
    }
}
