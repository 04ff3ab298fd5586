package vn.lantoa.channel;

import java.util.List;
import java.util.Locale;

/**
 * What a channel is. A known platform names the hosts its addresses live on, so a fanpage typed with a typo'd host
 * (seed 003 itself prints "fecabook.com") is caught before it is printed on a poster.
 */
public enum ChannelKind {
    FACEBOOK(List.of("facebook.com", "fb.com", "fb.me")),
    ZALO_OA(List.of("zalo.me", "oa.zalo.me")),
    YOUTUBE(List.of("youtube.com", "youtu.be")),
    TIKTOK(List.of("tiktok.com")),
    WEBSITE(List.of()),
    OTHER(List.of());

    private final List<String> hosts;

    ChannelKind(List<String> hosts) {
        this.hosts = hosts;
    }

    public String labelKey() {
        return "channel.kind." + name();
    }

    /** The hosts an address of this kind may have ("m.facebook.com" is facebook.com's); empty: any host. */
    List<String> hosts() {
        return hosts;
    }

    boolean allowsHost(String host) {
        if (hosts.isEmpty()) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return hosts.stream().anyMatch(allowed -> h.equals(allowed) || h.endsWith("." + allowed));
    }

    static ChannelKind parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
