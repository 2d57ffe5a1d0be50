package dev.ccoin.node.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.types.Hex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanTest {
    @TempDir
    Path dataDir;

    private Database db;

    @BeforeEach
    void fill() {
        db = Database.open(dataDir);
        try (StoreBatch batch = db.batch()) {
            for (String key : List.of("01", "0200", "0201", "0205", "02ff", "03", "ff", "ff00", "ffff")) {
                batch.put(Hex.decode(key), Hex.decode(key));
            }
            batch.commit(false);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void prefixScanVisitsItsKeysInAscendingOrder() {
        assertThat(keys(Scan.prefix(Hex.decode("02")))).containsExactly("0200", "0201", "0205", "02ff");
    }

    @Test
    void descendingScanVisitsThemInReverse() {
        assertThat(keys(Scan.prefix(Hex.decode("02")).descending())).containsExactly("02ff", "0205", "0201", "0200");
    }

    @Test
    void scanResumesFromAStartKey() {
        assertThat(keys(Scan.prefix(Hex.decode("02")).from(Hex.decode("0201")))).containsExactly("0201", "0205", "02ff");
        assertThat(keys(Scan.prefix(Hex.decode("02")).from(Hex.decode("0202")))).containsExactly("0205", "02ff");
    }

    @Test
    void descendingScanResumesAtOrBelowTheStartKey() {
        assertThat(keys(Scan.prefix(Hex.decode("02")).from(Hex.decode("0205")).descending()))
                .containsExactly("0205", "0201", "0200");
        assertThat(keys(Scan.prefix(Hex.decode("02")).from(Hex.decode("0204")).descending()))
                .containsExactly("0201", "0200");
    }

    @Test
    void prefixOfAllOnesReachesTheEndOfTheKeySpace() {
        assertThat(keys(Scan.prefix(Hex.decode("ff")))).containsExactly("ff", "ff00", "ffff");
        assertThat(keys(Scan.prefix(Hex.decode("ff")).descending())).containsExactly("ffff", "ff00", "ff");
    }

    @Test
    void descendingScanOfTheLastPrefixBeforeOthersStopsAtItsBoundary() {
        assertThat(keys(Scan.prefix(Hex.decode("03")).descending())).containsExactly("03");
        assertThat(keys(Scan.prefix(Hex.decode("01")).descending())).containsExactly("01");
    }

    @Test
    void prefixWithNoKeysVisitsNothing() {
        assertThat(keys(Scan.prefix(Hex.decode("04")))).isEmpty();
        assertThat(keys(Scan.prefix(Hex.decode("04")).descending())).isEmpty();
        assertThat(keys(Scan.prefix(Hex.decode("00")).descending())).isEmpty();
    }

    @Test
    void visitorStopsTheScanByReturningFalse() {
        List<String> seen = new ArrayList<>();

        db.forEachWithPrefix(Hex.decode("02"), (key, value) -> {
            seen.add(Hex.encode(key));
            return seen.size() < 2;
        });

        assertThat(seen).containsExactly("0200", "0201");
    }

    @Test
    void visitorsOwnExceptionPassesThroughUnchanged() {
        assertThatThrownBy(() -> db.forEachWithPrefix(Hex.decode("02"), (key, value) -> {
            throw new IllegalStateException("mine");
        })).isExactlyInstanceOf(IllegalStateException.class).hasMessage("mine");
    }

    @Test
    void scanSeesTheDatabaseAsItWasWhenItStarted() {
        List<String> seen = new ArrayList<>();

        db.forEachWithPrefix(Hex.decode("02"), (key, value) -> {
            if (seen.isEmpty()) {
                try (StoreBatch batch = db.batch()) {
                    batch.put(Hex.decode("0202"), new byte[0]).commit(false);
                }
            }
            seen.add(Hex.encode(key));
            return true;
        });

        assertThat(seen).containsExactly("0200", "0201", "0205", "02ff");
        assertThat(db.get(Hex.decode("0202"))).isEmpty();
    }

    @Test
    void startKeyOutsideThePrefixIsRefused() {
        assertThatThrownBy(() -> Scan.prefix(Hex.decode("02")).from(Hex.decode("03")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> keys(Scan scan) {
        List<String> keys = new ArrayList<>();
        db.scan(scan, (key, value) -> {
            assertThat(value).isEqualTo(key);
            keys.add(Hex.encode(key));
            return true;
        });
        return keys;
    }
}
