package vn.lantoa.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 network in CIDR notation ("10.0.0.0/8", "::1", "fd00::/8"); a bare address is a network of one. */
public record AddressRange(byte[] network, int prefixBits) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public static AddressRange parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("not an IP address or CIDR range: " + cidr);
        }
        byte[] bytes = canonical(address);
        int bits = bytes.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR prefix length: " + cidr);
            }
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + cidr);
            }
        }
        return new AddressRange(mask(bytes, bits), bits);
    }

    /** A comma- or space-separated list, as the settings take it; a wrong entry stops the start, naming the setting. */
    public static java.util.List<AddressRange> parseList(String text, String setting) {
        java.util.List<AddressRange> ranges = new java.util.ArrayList<>();
        for (String part : text == null ? new String[0] : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                try {
                    ranges.add(parse(part));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(setting + ": " + e.getMessage(), e);
                }
            }
        }
        return java.util.List.copyOf(ranges);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = canonical(address);
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefixBits), network);
    }

    /**
     * An IP written as a literal, or null: never a name lookup, so a header cannot make the server ask DNS.
     * IPv4-mapped IPv6 addresses ("::ffff:10.0.0.1") count as the IPv4 address they carry.
     */
    static InetAddress literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] canonical(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16 && isV4Mapped(bytes)) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static byte[] mask(byte[] bytes, int bits) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - i * 8));
            out[i] = (byte) (out[i] & (0xff << (8 - keep)));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressRange r && r.prefixBits == prefixBits && Arrays.equals(r.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixBits;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixBits;
        } catch (UnknownHostException e) {
            return Arrays.toString(network) + "/" + prefixBits;
        }
    }
}
