package vn.lantoa.press.monitoring;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses the link reader may connect to: public unicast only. Everything a server-side request forgery aims at
 * is refused: loopback, private ranges (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 and the cloud
 * metadata address in it, fe80::/10), carrier NAT (100.64/10), "this network" (0/8), multicast, reserved, and IPv6 forms
 * that carry one of those IPv4 addresses inside (IPv4-mapped, -compatible, NAT64, 6to4).
 */
final class AddressGuard {

    private AddressGuard() {
    }

    static boolean isPublic(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            InetAddress inside = embeddedV4(b);
            if (inside != null) {
                return isPublic(inside);
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return false;
            }
            return ordinary(address);
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int a0 = b[0] & 0xff;
            int a1 = b[1] & 0xff;
            int a2 = b[2] & 0xff;
            if (a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224) {
                return false;
            }
            if (a0 == 100 && a1 >= 64 && a1 <= 127) {
                return false;
            }
            if (a0 == 169 && a1 == 254 || a0 == 172 && a1 >= 16 && a1 <= 31 || a0 == 192 && a1 == 168) {
                return false;
            }
            if (a0 == 192 && a1 == 0 && a2 == 0 || a0 == 198 && (a1 == 18 || a1 == 19)) {
                return false;
            }
            return ordinary(address);
        }
        return false;
    }

    private static boolean ordinary(InetAddress a) {
        return !(a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress());
    }

    /** The IPv4 address an IPv6 one stands for: ::a.b.c.d, ::ffff:a.b.c.d, 64:ff9b::a.b.c.d, 2002:abcd:... (6to4). */
    private static InetAddress embeddedV4(byte[] b) {
        try {
            boolean zeros = true;
            for (int i = 0; i < 10; i++) {
                zeros &= b[i] == 0;
            }
            if (zeros && (b[10] == 0 && b[11] == 0 || (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
                boolean allZero = b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1);
                // :: and ::1 are the unspecified and loopback addresses, not IPv4-compatible ones.
                return allZero ? null : InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            for (int i = 4; nat64 && i < 12; i++) {
                nat64 = b[i] == 0;
            }
            if (nat64) {
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
            return null;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
