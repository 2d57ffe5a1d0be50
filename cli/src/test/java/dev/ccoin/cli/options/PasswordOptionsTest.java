package dev.ccoin.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.core.keys.KeyProtection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

class PasswordOptionsTest {
    @TempDir
    Path dir;

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        PasswordOptions passwords;
    }

    private final List<String> prompts = new ArrayList<>();

    private PasswordOptions parse(Map<String, String> environment, List<String> answers, String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        List<String> remaining = new ArrayList<>(answers);
        return probe.passwords.environment(environment::get).prompt(message -> {
            prompts.add(message);
            return remaining.isEmpty() ? null : remaining.remove(0).toCharArray();
        });
    }

    @Test
    void passwordFileGivesItsFirstLineWithoutTheLineEnd() throws IOException {
        Path file = Files.writeString(dir.resolve("pw"), "first line\r\nsecond line\n");

        char[] password = parse(Map.of(), List.of(), "--password-file", file.toString()).forUnlock(dir.resolve("k"));

        assertThat(new String(password)).isEqualTo("first line");
        assertThat(prompts).isEmpty();
    }

    @Test
    void passwordFileWithoutLineEndIsReadWhole() throws IOException {
        Path file = Files.write(dir.resolve("pw"), "päss wörd".getBytes(StandardCharsets.UTF_8));

        char[] password = parse(Map.of(), List.of(), "--password-file", file.toString()).forUnlock(dir.resolve("k"));

        assertThat(new String(password)).isEqualTo("päss wörd");
    }

    @Test
    void emptyPasswordFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("pw"), "\n");
        PasswordOptions options = parse(Map.of(), List.of(), "--password-file", file.toString());

        assertThatThrownBy(options::forNewKey).isInstanceOf(CommandFailure.class).hasMessageContaining("empty");
    }

    @Test
    void environmentIsUsedWhenThereIsNoFile() {
        char[] password = parse(Map.of("CCOIN_PASSWORD", "env"), List.of()).forUnlock(dir.resolve("k"));

        assertThat(new String(password)).isEqualTo("env");
    }

    @Test
    void emptyEnvironmentVariableCountsAsUnset() {
        PasswordOptions options = parse(Map.of("CCOIN_PASSWORD", ""), List.of());

        assertThatThrownBy(() -> options.forUnlock(dir.resolve("k")))
                .isInstanceOf(CommandFailure.class)
                .hasMessageContaining("no password");
    }

    @Test
    void unlockPromptNamesTheKeyFileAndAsksOnce() {
        Path keyFile = dir.resolve("abc.key");

        char[] password = parse(Map.of(), List.of("typed")).forUnlock(keyFile);

        assertThat(new String(password)).isEqualTo("typed");
        assertThat(prompts).singleElement().asString().contains(keyFile.toString());
    }

    @Test
    void newKeyPromptAsksTwice() {
        KeyProtection protection = parse(Map.of(), List.of("typed", "typed")).forNewKey();

        assertThat(protection.isEncrypted()).isTrue();
        assertThat(prompts).hasSize(2);
    }

    @Test
    void emptyTypedPasswordForANewKeyIsRefused() {
        PasswordOptions options = parse(Map.of(), List.of("", ""));

        assertThatThrownBy(options::forNewKey).hasMessageContaining("--no-password");
    }

    @Test
    void noPasswordGivesAPlainKeyWithoutAsking() {
        KeyProtection protection = parse(Map.of("CCOIN_PASSWORD", "ignored"), List.of(), "--no-password").forNewKey();

        assertThat(protection.isEncrypted()).isFalse();
        assertThat(prompts).isEmpty();
    }

    @Test
    void noPasswordCannotUnlockAnEncryptedKey() {
        PasswordOptions options = parse(Map.of(), List.of(), "--no-password");

        assertThatThrownBy(() -> options.forUnlock(dir.resolve("k.key")))
                .isInstanceOf(CommandFailure.class)
                .hasMessageContaining("k.key");
    }

    @Test
    void passwordFileAndNoPasswordExcludeEachOther() {
        assertThatThrownBy(() -> parse(Map.of(), List.of(), "--password-file", "x", "--no-password"))
                .isInstanceOf(CommandLine.MutuallyExclusiveArgsException.class);
    }
}
