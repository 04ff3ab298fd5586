package vn.lantoa.platform.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import vn.lantoa.platform.web.ErrorResponses;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The caller's rate limit, decided here once for the whole API: {@code RateLimit-Limit}, {@code RateLimit-Remaining}
 * and {@code RateLimit-Reset} on every answer to a signed-in caller, and 429 with {@code Retry-After} when it is used up.
 *
 * <p>The limit counts per signed-in person or API key, not per address: a province's integration behind one NAT
 * must not starve its schools, and signing in has its own per-address throttle (LoginThrottle). Each instance
 * counts its own requests, so behind N instances a caller may get up to N times the figure.
 */
@ServerFilter("/api/**")
class RateLimits implements Ordered {

    private static final String REMAINING = "lantoa.rateRemaining";
    private final int perMinute;
    private final ErrorResponses errors;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(2, TimeUnit.MINUTES)
            .build();

    RateLimits(ApiSettings settings, ErrorResponses errors) {
        this.perMinute = settings.getRequestsPerMinute();
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        // After the security filter, which says who is calling.
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        Authentication caller = request.getUserPrincipal(Authentication.class).orElse(null);
        if (caller == null) {
            return null;
        }
        Bucket bucket = buckets.get(caller.getName(), k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            request.setAttribute(REMAINING, probe.getRemainingTokens());
            return null;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        MutableHttpResponse<?> refused = errors.respond(request, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "api.rateLimited", seconds);
        refused.header("Retry-After", Long.toString(seconds));
        limitHeaders(refused, 0);
        return refused;
    }

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(REMAINING, Long.class).ifPresent(remaining -> limitHeaders(response, remaining));
    }

    private void limitHeaders(MutableHttpResponse<?> response, long remaining) {
        response.getHeaders().set("RateLimit-Limit", Integer.toString(perMinute));
        response.getHeaders().set("RateLimit-Remaining", Long.toString(remaining));
        // Seconds until the bucket is full again at the worst: a minute; a simple, safe upper bound.
        response.getHeaders().set("RateLimit-Reset", "60");
    }
}
