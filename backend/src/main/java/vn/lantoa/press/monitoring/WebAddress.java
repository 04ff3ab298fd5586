package vn.lantoa.press.monitoring;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A link a person pasted: only http and https with a host, nothing that a browser would run (javascript:, data:). */
final class WebAddress {

    private WebAddress() {
    }

    static boolean isHttp(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
