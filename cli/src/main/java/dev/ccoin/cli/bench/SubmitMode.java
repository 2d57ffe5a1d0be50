package dev.ccoin.cli.bench;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How {@code bench load} submits: many transactions per request, or one. */
enum SubmitMode {
    /** {@code POST /transactions/batch}, a MessagePack array of wire bytes per request. */
    BATCH,
    /** {@code POST /transactions}, one JSON body per transaction. */
    SINGLE;

    /** Reads {@code batch} or {@code single}, in any case. */
    static final class Converter implements ITypeConverter<SubmitMode> {
        @Override
        public SubmitMode convert(String value) {
            for (SubmitMode mode : values()) {
                if (mode.name().equalsIgnoreCase(value.trim())) {
                    return mode;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a submit mode: batch or single");
        }
    }
}
