package vn.lantoa.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client would send (raw bytes in the request line, broken
 * escapes, odd headers) and for clients that write a whole body before reading the answer.
 */
public final class RawHttp {

    private static final int MAX_BODY = 4 * 1024 * 1024;

    /** The answer: status (0 when none came), the head as text and the body; timedOut when the server kept silent. */
    public record Response(int status, String head, byte[] body, boolean timedOut) {

        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** Sends the bytes as they are and reads the answer until the server closes (send "Connection: close"). */
    public static Response exchange(String host, int port, byte[] request, Duration timeout) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one answer: the head, then the body until the end of the stream, the timeout or 4 MB. */
    public static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        boolean timedOut = false;
        try {
            int n;
            while (all.size() < MAX_BODY && (n = in.read(buffer)) > 0) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            timedOut = true;
        } catch (IOException e) {
            // A reset after the answer was sent is still an answer; without one the status stays 0.
        }
        byte[] bytes = all.toByteArray();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        int status = 0;
        if (head.startsWith("HTTP/1.")) {
            String[] parts = head.split(" ", 3);
            try {
                status = Integer.parseInt(parts[1]);
            } catch (RuntimeException e) {
                status = 0;
            }
        }
        byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        return new Response(status, head, body, timedOut && status == 0);
    }
}
