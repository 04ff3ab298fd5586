package vn.lantoa.webhook;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.FieldErrors;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a webhook may send: https to a host whose every address is public. A webhook must not become a way to reach
 * Lantoa's own network (loopback, private, link-local and cloud metadata addresses), so the host is looked up when the
 * address is saved and again before every delivery (its DNS may change). Hosts named in lantoa.webhook.allow-http-hosts
 * (development and tests: "localhost,127.0.0.1") may use http and internal addresses.
 */
@Singleton
class WebhookUrls {

    static final int MAX_LENGTH = 2000;

    private final Set<String> allowedHosts;

    WebhookUrls(@Value("${lantoa.webhook.allow-http-hosts:}") String allowHttpHosts) {
        this.allowedHosts = Arrays.stream(allowHttpHosts.split("[,\\s]+")).map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The address as it will be called, or null with the reason next to the field. */
    String check(FieldErrors errors, String field, String url) {
        if (url == null || url.isBlank()) {
            errors.add(field, "webhook.url.required");
            return null;
        }
        String text = url.strip();
        if (text.length() > MAX_LENGTH) {
            errors.add(field, "webhook.url.tooLong", MAX_LENGTH);
            return null;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            errors.add(field, "webhook.url.invalid");
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getRawFragment() != null) {
            errors.add(field, "webhook.url.invalid");
            return null;
        }
        if (uri.getRawUserInfo() != null) {
            errors.add(field, "webhook.url.credentials");
            return null;
        }
        String host = host(uri);
        if (scheme.equals("http") && !allowedHosts.contains(host)) {
            errors.add(field, "webhook.url.https");
            return null;
        }
        String refused = refusal(uri);
        if (refused != null) {
            errors.add(field, refused.startsWith("?") ? "webhook.url.unknownHost" : "webhook.url.internal", refused.startsWith("?") ? host : refused);
            return null;
        }
        return text;
    }

    /**
     * Null when a delivery may go to this address now; otherwise the internal address it resolves to, or "?" and the host
     * when it resolves to none.
     */
    String refusal(URI uri) {
        String host = host(uri);
        if (allowedHosts.contains(host)) {
            return null;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "?" + host;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (internal(address)) {
                    return address.getHostAddress();
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "?" + host;
        }
    }

    private static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static boolean internal(InetAddress address) {
        byte[] b = address.getAddress();
        boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean ipv4 = b.length == 4;
        // 0.0.0.0/8 ("this network") and 100.64.0.0/10 (carrier-grade NAT, also used inside clouds).
        boolean thisNetwork = ipv4 && b[0] == 0;
        boolean sharedSpace = ipv4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress() || uniqueLocal || thisNetwork || sharedSpace;
    }
}
