package vn.lantoa.platform.web;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {

    private static final ClientAddress BEHIND_PROXIES = new ClientAddress("10.0.0.0/8, 127.0.0.1, fd00::/8", "X-Forwarded-For");
    private static final ClientAddress RFC7239 = new ClientAddress("10.0.0.0/8", "Forwarded");
    private static final ClientAddress NO_PROXY = new ClientAddress("", "X-Forwarded-For");

    private static ClientAddress.Origin resolve(ClientAddress rule, String peer, boolean tls, Map<String, List<String>> headers) throws Exception {
        return rule.resolve(InetAddress.getByName(peer), tls, name -> headers.getOrDefault(name, List.of()));
    }

    @Test
    void withoutATrustedProxyTheForwardingHeadersAreIgnored() throws Exception {
        ClientAddress.Origin origin = resolve(NO_PROXY, "203.0.113.9", false,
                Map.of("X-Forwarded-For", List.of("1.2.3.4"), "X-Forwarded-Proto", List.of("https")));

        assertThat(origin).isEqualTo(new ClientAddress.Origin("203.0.113.9", false));
    }

    @Test
    void aClientThatIsNotAProxyCannotNameAnotherAddressEvenWhenProxiesAreConfigured() throws Exception {
        ClientAddress.Origin origin = resolve(BEHIND_PROXIES, "203.0.113.9", false,
                Map.of("X-Forwarded-For", List.of("10.0.0.5"), "X-Forwarded-Proto", List.of("https")));

        assertThat(origin).isEqualTo(new ClientAddress.Origin("203.0.113.9", false));
    }

    @Test
    void behindTrustedProxiesTheRightmostAddressThatIsNotAProxyIsTheClient() throws Exception {
        // The client forged "1.1.1.1"; the outer proxy appended the client's real address, the inner one the outer proxy's.
        ClientAddress.Origin origin = resolve(BEHIND_PROXIES, "10.1.1.1", false,
                Map.of("X-Forwarded-For", List.of("1.1.1.1, 198.51.100.7", "10.2.2.2")));

        assertThat(origin.address()).isEqualTo("198.51.100.7");
    }

    @Test
    void theProtocolIsTheOneAtTheClientsPositionWhenEveryProxyAppendedOne() throws Exception {
        ClientAddress.Origin origin = resolve(BEHIND_PROXIES, "10.1.1.1", false,
                Map.of("X-Forwarded-For", List.of("198.51.100.7, 10.2.2.2"), "X-Forwarded-Proto", List.of("https, http")));

        assertThat(origin).isEqualTo(new ClientAddress.Origin("198.51.100.7", true));
    }

    @Test
    void aSingleProtocolIsTheNearestProxysWord() throws Exception {
        assertThat(resolve(BEHIND_PROXIES, "127.0.0.1", false,
                Map.of("X-Forwarded-For", List.of("1.2.3.4, 198.51.100.7"), "X-Forwarded-Proto", List.of("https"))).https()).isTrue();
        assertThat(resolve(BEHIND_PROXIES, "127.0.0.1", true, Map.of()).https()).isTrue();
    }

    @Test
    void portsAndIpv6AreUnderstood() throws Exception {
        assertThat(resolve(BEHIND_PROXIES, "::ffff:10.0.0.9", false, Map.of("X-Forwarded-For", List.of("[2001:db8::1]:4711"))).address())
                .isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(resolve(BEHIND_PROXIES, "fd00::1", false, Map.of("X-Forwarded-For", List.of("198.51.100.7:5000, fd00::2"))).address())
                .isEqualTo("198.51.100.7");
    }

    @Test
    void aHopThatIsNotAnAddressIsTheClientAndNeverLookedUp() throws Exception {
        assertThat(resolve(BEHIND_PROXIES, "10.0.0.1", false, Map.of("X-Forwarded-For", List.of("1.2.3.4, evil.example.com"))).address())
                .isEqualTo("evil.example.com");
    }

    @Test
    void whenEveryHopIsAProxyTheLeftmostIsTheClient() throws Exception {
        assertThat(resolve(BEHIND_PROXIES, "10.0.0.1", false, Map.of("X-Forwarded-For", List.of("10.9.9.9, 10.0.0.2"))).address())
                .isEqualTo("10.9.9.9");
    }

    @Test
    void theForwardedHeaderOfRfc7239IsReadWhenConfigured() throws Exception {
        ClientAddress.Origin origin = resolve(RFC7239, "10.0.0.1", false, Map.of("Forwarded",
                List.of("for=1.1.1.1;proto=http, for=\"[2001:db8:cafe::17]:4711\";proto=https", "for=10.0.0.2;proto=http")));

        assertThat(origin).isEqualTo(new ClientAddress.Origin("2001:db8:cafe:0:0:0:0:17", true));
        // With this setting X-Forwarded-For is the client's own words.
        assertThat(resolve(RFC7239, "10.0.0.1", false, Map.of("X-Forwarded-For", List.of("1.2.3.4"))).address()).isEqualTo("10.0.0.1");
    }

    @Test
    void aBadRangeStopsTheStartWithAMessageNamingTheSetting() {
        assertThatThrownBy(() -> new ClientAddress("10.0.0.0/33", "X-Forwarded-For")).hasMessageContaining("LANTOA_TRUSTED_PROXIES");
        assertThatThrownBy(() -> new ClientAddress("proxy.internal", "X-Forwarded-For")).hasMessageContaining("LANTOA_TRUSTED_PROXIES");
    }
}
