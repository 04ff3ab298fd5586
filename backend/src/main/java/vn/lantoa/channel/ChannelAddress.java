package vn.lantoa.channel;

import vn.lantoa.platform.text.HostNames;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rule for a channel's address: an http(s) link with a real host, and for a known platform a host of that platform.
 * "facebook.com/DongNaiEdu" as typed is read as https. Anything else (javascript:, a mail address, a typo'd host) is
 * refused, since the address ends up in a QR code on a printed poster where nobody can check it.
 */
final class ChannelAddress {

    static final int MAX = 500;

    /** The cleaned address, or the message key of why it is refused. */
    record Checked(String address, String error) {
    }

    private ChannelAddress() {
    }

    static Checked check(ChannelKind kind, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new Checked(null, "channel.address.required");
        }
        if (text.length() > MAX) {
            return new Checked(null, "channel.address.tooLong");
        }
        int colon = text.indexOf(':');
        int slash = text.indexOf('/');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && text.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")
                && !text.substring(colon + 1).matches("\\d+(/.*)?");
        if (hasScheme && !text.regionMatches(true, 0, "https:", 0, 6) && !text.regionMatches(true, 0, "http:", 0, 5)) {
            return new Checked(null, "channel.address.scheme");
        }
        String candidate = hasScheme ? text : "https://" + text;
        try {
            URI uri = new URI(candidate);
            String host = uri.getHost();
            if (!uri.isAbsolute() || host == null || uri.getRawUserInfo() != null || !HostNames.isValidDomain(host.toLowerCase(Locale.ROOT))
                    || !candidate.matches("(?i)https?://[^\\s]+")) {
                return new Checked(null, "channel.address.invalid");
            }
            if (kind != null && !kind.allowsHost(host)) {
                return new Checked(null, "channel.address.host." + kind.name());
            }
            return new Checked(candidate, null);
        } catch (URISyntaxException e) {
            return new Checked(null, "channel.address.invalid");
        }
    }
}
