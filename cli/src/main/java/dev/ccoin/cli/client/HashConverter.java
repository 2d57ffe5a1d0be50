package dev.ccoin.cli.client;

import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.InvalidValueException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a hash argument (64 hex digits, optional {@code 0x}); anything else is a usage error. */
final class HashConverter implements ITypeConverter<Hash32> {
    @Override
    public Hash32 convert(String value) {
        try {
            return Hash32.parse(value.trim());
        } catch (InvalidValueException e) {
            throw new TypeConversionException("a hash is 64 hex digits, not \"" + value + "\"");
        }
    }
}
