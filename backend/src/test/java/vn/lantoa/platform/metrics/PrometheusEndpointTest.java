package vn.lantoa.platform.metrics;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Metrics;
import vn.lantoa.testing.Page;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The metrics answer a scraper next to the instance, and nobody who comes through the load balancer. */
@MicronautTest(transactional = false)
@Property(name = "lantoa.security.trusted-proxies", value = "127.0.0.1/32, ::1/128")
@Property(name = "lantoa.metrics.networks", value = "10.20.0.0/16")
@Property(name = "lantoa.health.operator-token", value = "the-monitors-token-0123456789")
class PrometheusEndpointTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    MetricsAccess access;

    @Test
    void aScraperOnLoopbackReadsTheMetricsButAVisitorForwardedByTheTrustedBalancerGetsTheOrdinaryNotFound() throws Exception {
        String text = Metrics.scrape(server.getURI());
        assertThat(text).contains("# TYPE jvm_memory_used_bytes gauge").contains("process_cpu_usage").contains("hikaricp_connections_active");

        // The balancer on loopback is a trusted proxy, and its X-Forwarded-For would make any other rule believe the visitor.
        HttpResponse<String> forwarded = get("/internal/prometheus", "X-Forwarded-For", "203.0.113.9");
        assertThat(forwarded.statusCode()).isEqualTo(404);
        assertThat(forwarded.body()).doesNotContain("jvm_memory");
        assertThat(get("/internal/prometheus", "X-Forwarded-For", "127.0.0.1").statusCode()).isEqualTo(404);
        assertThat(get("/internal/prometheus", "Forwarded", "for=127.0.0.1").statusCode()).isEqualTo(404);
        assertThat(get("/internal/prometheus", "X-Lantoa-Operator-Token", "a-guess").statusCode()).isEqualTo(404);

        HttpResponse<String> monitor = get("/internal/prometheus", "X-Forwarded-For", "203.0.113.9", "X-Lantoa-Operator-Token", "the-monitors-token-0123456789");
        assertThat(monitor.statusCode()).isEqualTo(200);
        assertThat(monitor.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
    }

    @Test
    void aDirectConnectionFromTheConfiguredNetworkQualifiesAndOneFromAnywhereElseDoesNot() throws Exception {
        assertThat(access.allowsDirect(InetAddress.getByName("10.20.3.4"), header -> false)).isTrue();
        assertThat(access.allowsDirect(InetAddress.getByName("10.21.3.4"), header -> false)).isFalse();
        assertThat(access.allowsDirect(InetAddress.getByName("::1"), header -> false)).isTrue();
        assertThat(access.allowsDirect(InetAddress.getByName("10.20.3.4"), Set.of("X-Forwarded-For")::contains)).isFalse();
    }

    @Test
    void aPublicPageServedTwiceCountsAHitOfThePageCache() {
        Fixtures.World world = fixtures.world();
        String home = "/" + world.a().slug() + "/";
        double hitsBefore = Metrics.value(Metrics.scrape(server.getURI()), "lantoa_page_cache_requests_total", "result=\"hit\"");

        Browser browser = new Browser(server.getURI());
        browser.get(home);
        Page second = browser.get(home);

        assertThat(second.header("X-Lantoa-Cache")).isEqualTo("hit");
        String text = Metrics.scrape(server.getURI());
        assertThat(Metrics.value(text, "lantoa_page_cache_requests_total", "result=\"hit\"")).isGreaterThanOrEqualTo(hitsBefore + 1);
        assertThat(Metrics.value(text, "lantoa_page_cache_requests_total", "result=\"miss\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void requestsAreCountedPerRouteTemplateNeverPerAddress() {
        Fixtures.World world = fixtures.world();
        Browser browser = new Browser(server.getURI());
        browser.get("/login");
        browser.get("/" + world.a().slug() + "/tin/khong-co-bai-nay-" + System.nanoTime());
        browser.get("/" + world.a().slug() + "/lien-he");

        String text = Metrics.scrape(server.getURI());
        assertThat(Metrics.value(text, "http_server_requests_seconds_count", "uri=\"/login\"", "method=\"GET\"", "status=\"200\"")).isGreaterThanOrEqualTo(1);
        assertThat(text).contains("uri=\"/{site}/lien-he\"").contains("uri=\"NOT_FOUND\"").contains("http_server_requests_seconds_bucket{");
        assertThat(text).doesNotContain("uri=\"/" + world.a().slug());
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + path)).headers(headers).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
