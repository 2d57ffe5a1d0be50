package dev.ccoin.node.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageEngineTest {
    private static final Optional<String> LOADS = Optional.empty();
    private static final Optional<String> DOES_NOT_LOAD = Optional.of("no leveldbjni for linux aarch64");

    @TempDir
    Path dir;

    @Test
    void autoTakesTheNativeEngineWhereItsLibraryLoads() {
        assertThat(StorageEngine.choose("auto", LOADS)).isEqualTo(StorageEngine.NATIVE);
        assertThat(StorageEngine.choose("", LOADS)).isEqualTo(StorageEngine.NATIVE);
    }

    @Test
    void autoFallsBackToPureJavaWhereTheNativeLibraryDoesNotLoad() {
        assertThat(StorageEngine.choose("auto", DOES_NOT_LOAD)).isEqualTo(StorageEngine.JAVA);
    }

    @Test
    void javaIsTakenEvenWhereNativeLoads() {
        assertThat(StorageEngine.choose("java", LOADS)).isEqualTo(StorageEngine.JAVA);
        assertThat(StorageEngine.choose(" Java ", LOADS)).isEqualTo(StorageEngine.JAVA);
    }

    @Test
    void nativeIsInsistedOnEvenWhereItDoesNotLoad() {
        assertThat(StorageEngine.choose("native", DOES_NOT_LOAD)).isEqualTo(StorageEngine.NATIVE);
    }

    @Test
    void anyOtherSettingIsRefusedNamingTheChoices() {
        assertThatThrownBy(() -> StorageEngine.choose("rocksdb", LOADS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ccoin.storage").hasMessageContaining("CCOIN_STORAGE")
                .hasMessageContaining("auto, native or java").hasMessageContaining("rocksdb");
    }

    @Test
    void systemPropertyWinsOverTheEnvironmentVariable() {
        assertThat(StorageEngine.setting(Map.of("ccoin.storage", "native")::get, Map.of("CCOIN_STORAGE", "java")::get))
                .isEqualTo("native");
    }

    @Test
    void environmentVariableCountsWhenThePropertyIsUnset() {
        assertThat(StorageEngine.setting(Map.<String, String>of()::get, Map.of("CCOIN_STORAGE", "java")::get))
                .isEqualTo("java");
        assertThat(StorageEngine.setting(Map.of("ccoin.storage", " ")::get, Map.of("CCOIN_STORAGE", "java")::get))
                .isEqualTo("java");
    }

    @Test
    void neitherSetMeansAuto() {
        assertThat(StorageEngine.setting(Map.<String, String>of()::get, Map.<String, String>of()::get))
                .isEqualTo("auto");
    }

    @Test
    void eachEngineOpensADatabaseAndSaysWhichItIs() {
        for (StorageEngine engine : StorageEngine.values()) {
            try (Database db = Database.open(dir.resolve(engine.id()), Database.DEFAULT_CACHE_BYTES, engine)) {
                assertThat(db.engine()).isEqualTo(engine);
            }
        }
        assertThat(StorageEngine.NATIVE.displayName()).startsWith("native (leveldbjni 1.8");
        assertThat(StorageEngine.JAVA.displayName()).isEqualTo("java (iq80 leveldb 0.12)");
    }
}
