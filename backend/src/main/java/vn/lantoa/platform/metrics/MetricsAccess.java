package vn.lantoa.platform.metrics;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.lantoa.platform.health.OperatorToken;
import vn.lantoa.platform.health.Operators;
import vn.lantoa.platform.web.AddressRange;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Predicate;

/**
 * Who may read the metrics: a direct connection from loopback or from lantoa.metrics.networks (LANTOA_METRICS_NETWORKS),
 * a request with the operator token (LANTOA_OPERATOR_TOKEN, the health details' token) or a signed-in operator. Forwarding
 * headers never help: a request that carries one came through a proxy (the load balancer sits inside the same network
 * and on loopback in the local set-up), so it counts as from outside whatever the socket's peer is.
 */
@Singleton
class MetricsAccess {

    private static final List<String> PROXY_HEADERS = List.of("X-Forwarded-For", "Forwarded", "X-Real-IP");

    private final List<AddressRange> networks;
    private final OperatorToken operatorToken;
    private final Operators operators;

    MetricsAccess(@Value("${lantoa.metrics.networks:}") String networks, OperatorToken operatorToken, Operators operators) {
        this.networks = AddressRange.parseList(networks, "LANTOA_METRICS_NETWORKS");
        this.operatorToken = operatorToken;
        this.operators = operators;
    }

    boolean allows(HttpRequest<?> request) {
        return operatorToken.verdict(request).orElseGet(() -> {
            InetSocketAddress remote = request.getRemoteAddress();
            return allowsDirect(remote == null ? null : remote.getAddress(), request.getHeaders()::contains) || operators.isOperator(request);
        });
    }

    /** The network rule alone: the socket's peer, and whether the request names headers a proxy adds. */
    boolean allowsDirect(InetAddress peer, Predicate<String> hasHeader) {
        if (peer == null || PROXY_HEADERS.stream().anyMatch(hasHeader)) {
            return false;
        }
        return peer.isLoopbackAddress() || networks.stream().anyMatch(range -> range.contains(peer));
    }
}
