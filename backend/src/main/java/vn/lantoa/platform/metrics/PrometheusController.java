package vn.lantoa.platform.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.web.NotFoundException;

/**
 * The metrics in Prometheus' text format, for a scraper next to the instance (README, "Metrics and logs"). Anyone
 * {@link MetricsAccess} does not let in gets the ordinary 404: the address is not advertised.
 */
@Hidden
@Controller("/internal")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.ALL)
class PrometheusController {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final MetricsAccess access;

    PrometheusController(PrometheusMeterRegistry registry, MetricsAccess access) {
        this.registry = registry;
        this.access = access;
    }

    @Get("/prometheus")
    HttpResponse<String> scrape(HttpRequest<?> request) {
        if (!access.allows(request)) {
            throw new NotFoundException("no such page");
        }
        return HttpResponse.ok(registry.scrape()).contentType(CONTENT_TYPE).header("Cache-Control", "no-store");
    }
}
