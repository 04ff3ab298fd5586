package vn.lantoa.platform.health;

import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.reactivestreams.Publisher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Health for load balancers and probes, whatever they put in Accept: /health/liveness (the process answers; restart it
 * if not), /health/readiness (the database and the bucket answer; send it traffic) and /health (both). 200 when up,
 * 503 when down. Anyone sees the status; the details (database address and version, bucket) only a platform admin
 * or a request carrying the operator token (LANTOA_OPERATOR_TOKEN) in X-Lantoa-Operator-Token. Micronaut's own
 * endpoint, which builds the indicators used here, is moved out of the way (endpoints.all.path) and needs a session.
 * Readiness is down from the moment the instance is asked to stop (ShutdownDrain).
 */
@Hidden
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.ALL)
class HealthController {

    private final HealthAggregator<HealthResult> aggregator;
    private final HealthIndicator[] all;
    private final HealthIndicator[] liveness;
    private final HealthIndicator[] readiness;
    private final Operators operators;
    private final JsonMapper json;
    private final OperatorToken operatorToken;
    private final ShutdownDrain drain;

    HealthController(HealthAggregator<HealthResult> aggregator, HealthIndicator[] all, @Liveness HealthIndicator[] liveness,
                     Operators operators, JsonMapper json, OperatorToken operatorToken, ShutdownDrain drain) {
        this.drain = drain;
        this.aggregator = aggregator;
        this.all = all;
        this.liveness = liveness;
        List<HealthIndicator> live = Arrays.asList(liveness);
        this.readiness = Arrays.stream(all).filter(i -> !live.contains(i)).toArray(HealthIndicator[]::new);
        this.operators = operators;
        this.json = json;
        this.operatorToken = operatorToken;
    }

    @Get
    @SingleResult
    Publisher<HttpResponse<?>> health(HttpRequest<?> request) {
        return answer(request, all);
    }

    @Get("/liveness")
    @SingleResult
    Publisher<HttpResponse<?>> liveness(HttpRequest<?> request) {
        return answer(request, liveness);
    }

    @Get("/readiness")
    @SingleResult
    Publisher<HttpResponse<?>> readiness(HttpRequest<?> request) {
        if (drain.isDraining()) {
            // Stopping: the load balancer should send nothing new here, whatever the database says.
            HttpResponse<?> down = HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body("{\"status\":\"DOWN\"}".getBytes(StandardCharsets.UTF_8))
                    .contentType(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store");
            return Publishers.just(down);
        }
        return answer(request, readiness);
    }

    private Publisher<HttpResponse<?>> answer(HttpRequest<?> request, HealthIndicator[] indicators) {
        boolean details = isOperator(request);
        return Publishers.map(aggregator.aggregate(indicators, details ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS),
                result -> {
                    Object body = details ? result : Map.of("status", result.getStatus().getName());
                    HttpStatus status = HealthStatus.DOWN.equals(result.getStatus()) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK;
                    try {
                        return HttpResponse.status(status).body(json.writeValueAsBytes(body)).contentType(MediaType.APPLICATION_JSON_TYPE)
                                .header("Cache-Control", "no-store");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private boolean isOperator(HttpRequest<?> request) {
        return operatorToken.verdict(request).orElseGet(() -> operators.isOperator(request));
    }
}
