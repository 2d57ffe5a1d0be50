package dev.ccoin.client.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a {@code text/event-stream} (the WHATWG Server-Sent Events format) line by line: {@code event:},
 * {@code data:} (several lines joined with a newline) and {@code id:} fields up to a blank line make one event;
 * lines starting with {@code :} are comments. Used on one thread.
 */
final class ServerSentEvents {
    /** One event as sent: its name ({@code message} when none), data and id (null when none). */
    record Event(String name, String data, String id) {
    }

    /** What the reader meets, in stream order. */
    interface Sink {
        void comment(String text);

        void event(Event event);
    }

    private final BufferedReader reader;

    ServerSentEvents(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Reads until the stream ends (returns) or fails (throws). */
    void readAll(Sink sink) throws IOException {
        String name = null;
        String id = null;
        StringBuilder data = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    sink.event(new Event(name == null ? "message" : name, data.toString(), id));
                }
                name = null;
                data = null;
                continue;
            }
            if (line.startsWith(":")) {
                sink.comment(line.substring(1).strip());
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> name = value;
                case "id" -> id = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> {
                    // Unknown fields are ignored, as the format asks.
                }
            }
        }
    }
}
