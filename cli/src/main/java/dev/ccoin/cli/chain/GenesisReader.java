package dev.ccoin.cli.chain;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.GenesisException;
import dev.ccoin.core.chain.GenesisFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and checks a {@code genesis.json} for a command; every failure names the file. */
public final class GenesisReader {
    private GenesisReader() {
    }

    /** The chain parameters of {@code file}; a file that cannot be read or is not a genesis is a {@link CommandFailure}. */
    public static ChainParams read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure("cannot read genesis file " + file + ": " + e.getMessage(), e);
        }
        try {
            return GenesisFile.parse(json);
        } catch (GenesisException e) {
            throw new CommandFailure("genesis file " + file + ": " + e.getMessage(), e);
        }
    }
}
