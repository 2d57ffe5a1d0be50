package dev.ccoin.cli.client;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.InvalidValueException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an address argument (40 hex digits, optional {@code 0x}); anything else is a usage error. */
final class AddressConverter implements ITypeConverter<Address> {
    @Override
    public Address convert(String value) {
        try {
            return Address.parse(value.trim());
        } catch (InvalidValueException e) {
            throw new TypeConversionException("an address is 40 hex digits, not \"" + value + "\"");
        }
    }
}
