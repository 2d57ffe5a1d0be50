package dev.ccoin.cli.options;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.core.keys.KeyProtection;
import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where a keystore password comes from (§2), first found wins: {@code --password-file FILE} (its first line),
 * the {@code CCOIN_PASSWORD} environment variable, then a prompt on the terminal (twice for a new key, and the two
 * must match). {@code --no-password}, for a new key only, writes it unencrypted. With no source and no terminal the
 * command fails with a message listing the sources. The environment and the prompt can be replaced for tests.
 * A plain option holder, used on one thread.
 */
public final class PasswordOptions {
    public static final String ENVIRONMENT_VARIABLE = "CCOIN_PASSWORD";

    @ArgGroup(exclusive = true)
    private Source source;

    private Function<String, String> environment = System::getenv;
    private Prompt prompt = Prompt.console();

    /** The two ways to avoid the interactive prompt, which exclude each other. */
    static final class Source {
        @Option(names = "--password-file", paramLabel = "FILE",
                description = "read the key password from the first line of FILE")
        private Path passwordFile;

        @Option(names = "--no-password",
                description = "store the new key unencrypted (plain PKCS#8); anyone who can read the file can spend")
        private boolean noPassword;
    }

    /** Reads a password from the user without echo. */
    @FunctionalInterface
    public interface Prompt {
        /** The password typed after showing {@code message}, or null when there is no terminal to ask. */
        char[] read(String message);

        /** The process's console, when it has one. */
        static Prompt console() {
            return message -> {
                Console console = System.console();
                return console == null ? null : console.readPassword("%s", message);
            };
        }
    }

    /** Replaces the environment lookup ({@code System::getenv} by default). */
    public PasswordOptions environment(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment);
        return this;
    }

    /** Replaces the terminal prompt. */
    public PasswordOptions prompt(Prompt prompt) {
        this.prompt = Objects.requireNonNull(prompt);
        return this;
    }

    /** How to protect a key about to be created: no password only if asked for, else a non-empty password. */
    public KeyProtection forNewKey() {
        if (source != null && source.noPassword) {
            return KeyProtection.none();
        }
        char[] password = fromFileOrEnvironment();
        if (password == null) {
            password = askTwice();
        }
        try {
            return KeyProtection.password(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The password of an existing encrypted key file, named in the prompt. The caller wipes it after use. */
    public char[] forUnlock(Path keyFile) {
        if (source != null && source.noPassword) {
            throw new CommandFailure("--no-password only applies when creating a key; " + keyFile
                    + " is encrypted and needs its password");
        }
        char[] password = fromFileOrEnvironment();
        if (password != null) {
            return password;
        }
        password = prompt.read("Password for " + keyFile + ": ");
        if (password == null) {
            throw noSource(false);
        }
        return password;
    }

    /** Whether {@code --no-password} was given. */
    public boolean noPassword() {
        return source != null && source.noPassword;
    }

    private char[] fromFileOrEnvironment() {
        if (source != null && source.passwordFile != null) {
            return readFirstLine(source.passwordFile);
        }
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        return null;
    }

    private char[] askTwice() {
        char[] first = prompt.read("Password for the new key: ");
        if (first == null) {
            throw noSource(true);
        }
        char[] second = prompt.read("Repeat the password: ");
        try {
            if (second == null || !Arrays.equals(first, second)) {
                throw new CommandFailure("the two passwords do not match; nothing was written");
            }
            if (first.length == 0) {
                throw new CommandFailure("empty password; use --no-password for an unencrypted key");
            }
            return first.clone();
        } finally {
            Arrays.fill(first, '\0');
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    private static char[] readFirstLine(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("password file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new CommandFailure("cannot read password file " + file + ": " + e.getMessage(), e);
        }
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new CommandFailure("password file " + file + " is not UTF-8 text", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        int end = 0;
        while (end < text.limit() && text.get(end) != '\n') {
            end++;
        }
        if (end > 0 && text.get(end - 1) == '\r') {
            end--;
        }
        char[] password = new char[end];
        text.get(0, password);
        Arrays.fill(text.array(), '\0');
        if (password.length == 0) {
            throw new CommandFailure("password file " + file + " has an empty first line");
        }
        return password;
    }

    private static CommandFailure noSource(boolean forNewKey) {
        return new CommandFailure("no password: give --password-file FILE or set " + ENVIRONMENT_VARIABLE
                + (forNewKey ? ", or --no-password for an unencrypted key" : "")
                + " (there is no terminal to ask)");
    }
}
