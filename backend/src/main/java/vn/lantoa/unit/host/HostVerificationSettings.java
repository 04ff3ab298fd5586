package vn.lantoa.unit.host;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** lantoa.host-verification.*: where the proofs of host names are asked, and how long a check may take. */
@ConfigurationProperties("lantoa.host-verification")
public class HostVerificationSettings {

    private String dnsServer = "";
    private Duration timeout = Duration.ofSeconds(5);
    private String connectTo = "";

    /** "host[:port]" of the DNS resolver asked for TXT records; empty: the system's resolvers. */
    public String getDnsServer() {
        return dnsServer;
    }

    public void setDnsServer(String dnsServer) {
        this.dnsServer = dnsServer == null ? "" : dnsServer.strip();
    }

    /** Longest wait for one DNS question or one HTTP exchange. */
    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * For tests only: "host=127.0.0.1:8089,other=127.0.0.1:8090" sends the HTTP check of a host to that address
     * instead of the one its DNS gives, as curl's --connect-to does.
     */
    public String getConnectTo() {
        return connectTo;
    }

    public void setConnectTo(String connectTo) {
        this.connectTo = connectTo == null ? "" : connectTo.strip();
    }

    Map<String, InetSocketAddress> connectOverrides() {
        Map<String, InetSocketAddress> map = new HashMap<>();
        for (String entry : connectTo.split(",")) {
            int eq = entry.indexOf('=');
            int colon = entry.lastIndexOf(':');
            if (eq > 0 && colon > eq) {
                map.put(entry.substring(0, eq).strip().toLowerCase(Locale.ROOT),
                        InetSocketAddress.createUnresolved(entry.substring(eq + 1, colon).strip(), Integer.parseInt(entry.substring(colon + 1).strip())));
            }
        }
        return map;
    }
}
