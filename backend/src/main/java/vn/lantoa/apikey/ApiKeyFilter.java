package vn.lantoa.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.web.ErrorResponses;
import vn.lantoa.tenancy.Actor;

import java.util.Optional;
import java.util.Set;

/**
 * Lets a program call the JSON API with {@code Authorization: Bearer lantoa_...}. The key is checked before the security
 * filter, which then finds its actor through {@link ApiKeyAuthenticationFetcher}; a key that does not open the API is
 * refused at once with 401 API_KEY_INVALID, so a program learns that its key, not its request, is wrong. Keys work
 * under /api/v1 only: on the admin pages the header is no JWT, and the visitor is not signed in. Every change asked
 * for with a key is recorded once its answer is known.
 */
@ServerFilter("/api/v1/**")
class ApiKeyFilter implements Ordered {

    static final String ACTOR = "lantoa.apiKeyActor";
    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyFilter.class);
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ApiKeySignIn signIn;
    private final ApiKeyUses uses;
    private final ErrorResponses errors;

    ApiKeyFilter(ApiKeySignIn signIn, ApiKeyUses uses, ErrorResponses errors) {
        this.signIn = signIn;
        this.uses = uses;
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        String secret = bearer(request);
        if (secret == null) {
            return null;
        }
        Optional<Actor> actor = signIn.actorFor(secret);
        if (actor.isEmpty()) {
            LOG.info("Refused API key {}… for {} {}", secret.substring(0, Math.min(secret.length(), 13)), request.getMethod(), request.getPath());
            return errors.respond(request, HttpStatus.UNAUTHORIZED, "API_KEY_INVALID", "apiKey.invalid")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        request.setAttribute(ACTOR, actor.get());
        uses.used(actor.get(), request.getMethodName(), request.getPath());
        return null;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void recordChange(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        request.getAttribute(ACTOR, Actor.class)
                .ifPresent(actor -> uses.wrote(actor, request.getMethodName(), request.getPath(), response.code()));
    }

    /** The bearer token when it is an API key (a JWT is left to the security filter). */
    private static String bearer(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.startsWith(ApiKeys.TOKEN_START) ? token : null;
    }
}
