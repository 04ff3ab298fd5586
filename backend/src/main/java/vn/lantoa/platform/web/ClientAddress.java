package vn.lantoa.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Who sent a request, and whether it reached us over HTTPS. Forwarding headers are believed only from the proxies
 * named in lantoa.security.trusted-proxies (LANTOA_TRUSTED_PROXIES): the socket's peer must be one of them, and the
 * chain in X-Forwarded-For (or RFC 7239 Forwarded) is walked from the right, past the trusted proxies, to the first
 * address that is not one. Everything to the left of that was written by the client and proves nothing. With no
 * trusted proxy configured the headers are ignored and the socket's peer is the client.
 */
@Singleton
public class ClientAddress {

    /** The caller as the proxies in front of us (if trusted) saw it. */
    public record Origin(String address, boolean https) {
    }

    private static final String ATTRIBUTE = "lantoa.origin";
    private static final int MAX_ENTRY = 100;

    private final List<AddressRange> trusted;
    private final boolean rfc7239;

    ClientAddress(@Value("${lantoa.security.trusted-proxies:}") String trustedProxies,
                  @Value("${lantoa.security.forwarded-header:X-Forwarded-For}") String forwardedHeader) {
        this.trusted = AddressRange.parseList(trustedProxies, "LANTOA_TRUSTED_PROXIES");
        String header = forwardedHeader == null ? "" : forwardedHeader.strip().toLowerCase(Locale.ROOT);
        if (!header.equals("x-forwarded-for") && !header.equals("forwarded")) {
            throw new IllegalStateException("LANTOA_FORWARDED_HEADER must be X-Forwarded-For or Forwarded, not " + forwardedHeader);
        }
        this.rfc7239 = header.equals("forwarded");
    }

    /** The client's address, for per-address limits and logs. */
    public String of(HttpRequest<?> request) {
        return origin(request).address();
    }

    /** Whether the client reached the first trusted hop (or us) over HTTPS: for Secure cookies, HSTS and redirects. */
    public boolean isHttps(HttpRequest<?> request) {
        return origin(request).https();
    }

    public Origin origin(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Origin.class).orElseGet(() -> {
            InetSocketAddress remote = request.getRemoteAddress();
            Origin origin = resolve(remote == null ? null : remote.getAddress(), request.isSecure(), name -> request.getHeaders().getAll(name));
            request.setAttribute(ATTRIBUTE, origin);
            return origin;
        });
    }

    /**
     * Whether a request reached us over HTTPS, for code that sees the connection before Micronaut does (the public fast
     * path): without a trusted proxy in front, the connection itself says, at no cost per request.
     */
    public boolean arrivedOverHttps(InetAddress peer, boolean tls, Function<String, List<String>> headers) {
        if (trusted.isEmpty() || peer == null || !isTrusted(peer)) {
            return tls;
        }
        return resolve(peer, tls, headers).https();
    }

    /** The same rule for code that sees the connection before Micronaut does. */
    public Origin resolve(InetAddress peer, boolean tls, Function<String, List<String>> headers) {
        String peerText = peer == null ? "unknown" : peer.getHostAddress();
        if (peer == null || !isTrusted(peer)) {
            return new Origin(peerText, tls);
        }
        List<String> hops = new ArrayList<>();
        List<String> protos = new ArrayList<>();
        if (rfc7239) {
            readForwarded(headers.apply("Forwarded"), hops, protos);
        } else {
            for (String line : headers.apply("X-Forwarded-For")) {
                for (String entry : line.split(",")) {
                    hops.add(entry.strip());
                }
            }
            for (String line : headers.apply("X-Forwarded-Proto")) {
                for (String entry : line.split(",")) {
                    protos.add(entry.strip());
                }
            }
        }
        if (hops.isEmpty()) {
            return new Origin(peerText, protos.isEmpty() ? tls : isHttps(protos.get(protos.size() - 1)));
        }
        int chosen = 0;
        String client = null;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = AddressRange.literal(stripPort(hops.get(i)));
            if (hop == null || !isTrusted(hop)) {
                chosen = i;
                client = hop == null ? clean(hops.get(i)) : hop.getHostAddress();
                break;
            }
        }
        if (client == null) {
            // Every hop is one of ours (a probe from inside): the leftmost is where it started.
            InetAddress first = AddressRange.literal(stripPort(hops.get(0)));
            client = first == null ? clean(hops.get(0)) : first.getHostAddress();
        }
        boolean https;
        if (protos.isEmpty()) {
            https = tls;
        } else if (protos.size() == hops.size()) {
            // Each proxy appended one of each: the protocol at the client's position is the one it used.
            https = isHttps(protos.get(chosen));
        } else {
            // One value set by the nearest proxy (or a list that does not line up): believe the nearest.
            https = isHttps(protos.get(protos.size() - 1));
        }
        return new Origin(client, https);
    }

    /** Whether the socket's peer is one of the trusted proxies: only then are headers it adds (X-Request-Id) believed. */
    public boolean fromTrustedProxy(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote != null && remote.getAddress() != null && isTrusted(remote.getAddress());
    }

    boolean isTrusted(InetAddress address) {
        for (AddressRange range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 7239: elements separated by commas, pairs by semicolons, values possibly quoted. */
    private static void readForwarded(List<String> lines, List<String> hops, List<String> protos) {
        List<String> elementProtos = new ArrayList<>();
        for (String line : lines) {
            for (String element : splitOutsideQuotes(line, ',')) {
                String forValue = null;
                String proto = null;
                for (String pair : splitOutsideQuotes(element, ';')) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                    String value = unquote(pair.substring(eq + 1).strip());
                    if (name.equals("for")) {
                        forValue = value;
                    } else if (name.equals("proto")) {
                        proto = value;
                    }
                }
                hops.add(forValue == null ? "unknown" : forValue);
                elementProtos.add(proto);
            }
        }
        // Protocols line up with hops only if every element carries one.
        if (elementProtos.stream().allMatch(p -> p != null)) {
            protos.addAll(elementProtos);
        } else {
            elementProtos.stream().filter(p -> p != null).reduce((a, b) -> b).ifPresent(protos::add);
        }
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        return parts;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /** "1.2.3.4:5678" and "[2001:db8::1]:443" name an address with its port; a bare IPv6 address has colons too. */
    static String stripPort(String hop) {
        String h = hop.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        if (colon > 0 && colon == h.lastIndexOf(':')) {
            return h.substring(0, colon);
        }
        return h;
    }

    private static boolean isHttps(String proto) {
        return "https".equalsIgnoreCase(proto == null ? "" : proto.strip());
    }

    /** A hop that is not an address ("unknown", an obfuscated name): kept as a key, short and printable. */
    private static String clean(String hop) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hop.length() && sb.length() < MAX_ENTRY; i++) {
            char c = hop.charAt(i);
            sb.append(c >= 0x21 && c < 0x7f ? c : '?');
        }
        return sb.isEmpty() ? "unknown" : sb.toString();
    }
}
