package dev.ccoin.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection for load generation, as lean as wrk's: a request is written as prepared bytes
 * and the answer read with {@code Content-Length} or chunked framing. On the same 2 cores as the node, a load
 * driver's own CPU time is taken from the server; {@code java.net.http} spends several times more per request than
 * this. A broken connection is reopened on the next request. Loopback use only; not thread-safe (one per thread).
 */
final class Http1Connection implements AutoCloseable {
    private static final int TIMEOUT_MS = 30_000;
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A status code and the body, as received. */
    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The {@code error} code of an API error body, or {@code HTTP_<status>} when it has none. */
        String errorCode() {
            try {
                String code = JSON.readTree(body).path("error").asText();
                return code.isEmpty() ? "HTTP_" + status : code;
            } catch (IOException e) {
                return "HTTP_" + status;
            }
        }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Http1Connection(URI base) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
    }

    /** The bytes of {@code GET path}. */
    byte[] get(String path) {
        return head("GET", path, null, -1);
    }

    /** The bytes of {@code POST path} with a JSON body. */
    byte[] postJson(String path, byte[] body) {
        return post(path, "application/json", body);
    }

    /** The bytes of {@code POST path} with a body of {@code contentType}. */
    byte[] post(String path, String contentType, byte[] body) {
        byte[] head = head("POST", path, contentType, body.length);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    private byte[] head(String method, String path, String contentType, int contentLength) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\nAccept: application/json\r\n");
        if (contentLength >= 0) {
            head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(contentLength)
                    .append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends a prepared request and reads the whole answer. */
    Response send(byte[] request) throws IOException {
        if (socket == null) {
            open();
        }
        try {
            out.write(request);
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MS);
        s.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
        out = s.getOutputStream();
    }

    private Response read() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        int headerBytes = 0;
        for (String header = line(); !header.isEmpty(); header = line()) {
            headerBytes += header.length();
            if (headerBytes > MAX_HEADER_BYTES) {
                throw new IOException("headers over " + MAX_HEADER_BYTES + " bytes");
            }
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        byte[] body = chunked ? chunks() : length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
        if (closes || (!chunked && length < 0)) {
            close();
        }
        return new Response(status, body);
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // Trailers: none expected, skipped.
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            line();
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed mid-answer");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() > MAX_HEADER_BYTES) {
                throw new IOException("header line over " + MAX_HEADER_BYTES + " bytes");
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a load connection: nothing to do about a failure.
            }
            socket = null;
        }
    }
}
