package vn.lantoa.press.monitoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a pasted link's page so its Open Graph tags can prefill a clipping, without ever becoming a way into the
 * network it runs in. The host is resolved here and every address it resolves to is checked ({@link AddressGuard}); the
 * connection is then made to the checked address itself (so a second DNS answer cannot swap in an internal one), with
 * TLS still verifying the host name. Only http and https on ports 80 and 443; each redirect is checked the same way, at
 * most three. The whole read, redirects included, gives up after three seconds or half a megabyte.
 */
@Singleton
class LinkReader {

    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final int MAX_BYTES = 512 * 1024;
    static final int MAX_REDIRECTS = 3;
    private static final int HEADER_MAX = 32 * 1024;

    /** Why a page was not read; the form then asks for the fields by hand. */
    enum Refusal { BAD_ADDRESS, BLOCKED, TIMEOUT, TOO_LARGE, HTTP_ERROR, NOT_HTML, UNREADABLE }

    static final class Refused extends Exception {
        private final Refusal reason;

        Refused(Refusal reason, String detail) {
            super(reason + ": " + detail, null, false, false);
            this.reason = reason;
        }

        Refusal reason() {
            return reason;
        }
    }

    /** What came back: the page's bytes, the charset it declared (or null), and its address after redirects. */
    record Fetched(byte[] body, @Nullable String charset, URI finalUrl) {
    }

    @Nullable
    private final InetSocketAddress testServer;
    private final Duration timeout;
    private final int maxBytes;

    @Inject
    LinkReader() {
        this(null, TIMEOUT, MAX_BYTES);
    }

    /**
     * For tests only: also lets through the one local test server (that literal address and port, not a name resolving to
     * it, nothing else), with its own
     * limits. The container never calls this constructor, so production has no way to open that door.
     */
    LinkReader(@Nullable InetSocketAddress testServer, Duration timeout, int maxBytes) {
        this.testServer = testServer;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    Fetched fetch(String link) throws Refused {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = parse(link);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            InetSocketAddress target = checked(uri, deadline);
            Response r = get(uri, target, deadline);
            if (r.status() >= 300 && r.status() < 400 && r.location() != null) {
                try {
                    uri = parse(uri.resolve(r.location().strip()).toString());
                } catch (IllegalArgumentException e) {
                    throw new Refused(Refusal.BAD_ADDRESS, "redirect");
                }
                continue;
            }
            if (r.status() < 200 || r.status() >= 300) {
                throw new Refused(Refusal.HTTP_ERROR, String.valueOf(r.status()));
            }
            return new Fetched(r.body(), r.charset(), uri);
        }
        throw new Refused(Refusal.HTTP_ERROR, "too many redirects");
    }

    static URI parse(String link) throws Refused {
        if (link == null || !WebAddress.isHttp(link.strip())) {
            throw new Refused(Refusal.BAD_ADDRESS, "not http");
        }
        try {
            URI uri = new URI(link.strip()).normalize();
            if (uri.getRawUserInfo() != null) {
                throw new Refused(Refusal.BAD_ADDRESS, "user info");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new Refused(Refusal.BAD_ADDRESS, "syntax");
        }
    }

    private static boolean https(URI uri) {
        return uri.getScheme().equalsIgnoreCase("https");
    }

    private static int port(URI uri) {
        return uri.getPort() == -1 ? (https(uri) ? 443 : 80) : uri.getPort();
    }

    private static String host(URI uri) {
        String h = uri.getHost();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    /** The address to connect to: one the host resolves to, after every address it resolves to was found public. */
    private InetSocketAddress checked(URI uri, long deadline) throws Refused {
        int port = port(uri);
        if (testServer != null && port == testServer.getPort() && host(uri).equals(testServer.getAddress().getHostAddress())) {
            return new InetSocketAddress(testServer.getAddress(), port);
        }
        if (port != 80 && port != 443) {
            throw new Refused(Refusal.BLOCKED, "port " + port);
        }
        InetAddress[] all = resolve(host(uri), deadline);
        for (InetAddress a : all) {
            if (!AddressGuard.isPublic(a)) {
                throw new Refused(Refusal.BLOCKED, a.getHostAddress());
            }
        }
        return new InetSocketAddress(all[0], port);
    }

    private static InetAddress[] resolve(String host, long deadline) throws Refused {
        // A slow name server counts against the same three seconds as the rest.
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(host);
            } catch (IOException e) {
                return new InetAddress[0];
            }
        });
        try {
            InetAddress[] all = lookup.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (all.length == 0) {
                throw new Refused(Refusal.UNREADABLE, "unknown host");
            }
            return all;
        } catch (TimeoutException e) {
            throw new Refused(Refusal.TIMEOUT, "dns");
        } catch (ExecutionException e) {
            throw new Refused(Refusal.UNREADABLE, "dns");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(Refusal.TIMEOUT, "interrupted");
        }
    }

    private record Response(int status, @Nullable String location, @Nullable String charset, byte[] body) {
    }

    private Response get(URI uri, InetSocketAddress target, long deadline) throws Refused {
        try (Socket raw = new Socket()) {
            raw.connect(target, millisLeft(deadline));
            Socket socket = raw;
            if (https(uri)) {
                socket = tls(raw, host(uri), target.getPort());
                socket.setSoTimeout(millisLeft(deadline));
                ((SSLSocket) socket).startHandshake();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            String hostHeader = uri.getRawAuthority().contains("@") ? uri.getHost() : uri.getRawAuthority();
            String request = "GET " + path + query + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nUser-Agent: Lantoa-LinkReader/1.0\r\n"
                    + "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.1\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return read(new Limited(socket, deadline, maxBytes + HEADER_MAX));
        } catch (TooLarge e) {
            throw new Refused(Refusal.TOO_LARGE, "body");
        } catch (SocketTimeoutException e) {
            throw new Refused(Refusal.TIMEOUT, "read");
        } catch (IOException e) {
            throw new Refused(Refusal.UNREADABLE, e.getClass().getSimpleName());
        }
    }

    private static Socket tls(Socket raw, String host, int port) throws IOException {
        try {
            SSLSocket ssl = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket(raw, host, port, true);
            SSLParameters p = ssl.getSSLParameters();
            p.setEndpointIdentificationAlgorithm("HTTPS");
            if (!host.contains(":") && !host.matches("[0-9.]+")) {
                p.setServerNames(List.of(new SNIHostName(host)));
            }
            ssl.setSSLParameters(p);
            return ssl;
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    private static int millisLeft(long deadline) throws SocketTimeoutException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("deadline");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private Response read(Limited in) throws IOException, Refused {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new Refused(Refusal.UNREADABLE, "status line");
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new Refused(Refusal.UNREADABLE, "status");
        }
        String location = null;
        String contentType = null;
        long length = -1;
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).strip();
            switch (name) {
                case "location" -> location = value;
                case "content-type" -> contentType = value.toLowerCase(Locale.ROOT);
                case "content-length" -> {
                    try {
                        length = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new Refused(Refusal.UNREADABLE, "length");
                    }
                }
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                default -> { }
            }
        }
        if (status >= 300 && status < 400 || status < 200 || status >= 300) {
            return new Response(status, location, null, new byte[0]);
        }
        if (contentType != null && !contentType.contains("html")) {
            throw new Refused(Refusal.NOT_HTML, contentType);
        }
        if (length > maxBytes) {
            throw new Refused(Refusal.TOO_LARGE, String.valueOf(length));
        }
        byte[] body = chunked ? chunked(in) : length >= 0 ? in.readNBytes((int) length) : rest(in);
        return new Response(status, null, charset(contentType), body);
    }

    private byte[] rest(Limited in) throws IOException, Refused {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n = in.read(buf); n != -1; n = in.read(buf)) {
            body.write(buf, 0, n);
            if (body.size() > maxBytes) {
                throw new Refused(Refusal.TOO_LARGE, "body");
            }
        }
        return body.toByteArray();
    }

    private byte[] chunked(Limited in) throws IOException, Refused {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in);
            int semi = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semi >= 0 ? sizeLine.substring(0, semi) : sizeLine).strip(), 16);
            } catch (NumberFormatException e) {
                throw new Refused(Refusal.UNREADABLE, "chunk");
            }
            if (size == 0) {
                return body.toByteArray();
            }
            if (size < 0 || body.size() + (long) size > maxBytes) {
                throw new Refused(Refusal.TOO_LARGE, "chunk");
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new Refused(Refusal.UNREADABLE, "short chunk");
            }
            body.write(chunk);
            line(in);
        }
    }

    /** One header line, without its CRLF; a line longer than the header allowance is refused. */
    private static String line(Limited in) throws IOException, Refused {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.write(c);
            }
            if (line.size() > HEADER_MAX) {
                throw new Refused(Refusal.UNREADABLE, "header");
            }
        }
        if (c == -1 && line.size() == 0) {
            throw new Refused(Refusal.UNREADABLE, "closed");
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Nullable
    private static String charset(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        int at = contentType.indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String cs = contentType.substring(at + 8).split("[;\\s]")[0].replace("\"", "").replace("'", "");
        return cs.isBlank() || !java.nio.charset.Charset.isSupported(cs) ? null : cs;
    }

    /** The socket's input, each read bounded by what is left of the deadline, and the total by a byte budget. */
    private static final class Limited extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;
        private long budget;

        Limited(Socket socket, long deadline, long budget) throws IOException {
            this.socket = socket;
            this.in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
            this.deadline = deadline;
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (budget <= 0) {
                throw new TooLarge();
            }
            if (in.available() == 0) {
                socket.setSoTimeout(millisLeft(deadline));
            } else if (System.nanoTime() > deadline) {
                throw new SocketTimeoutException("deadline");
            }
            int n = in.read(b, off, (int) Math.min(len, budget));
            if (n > 0) {
                budget -= n;
            }
            return n;
        }
    }

    /** The byte budget ran out: more than the page allowance. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("too large", null);
        }
    }
}
