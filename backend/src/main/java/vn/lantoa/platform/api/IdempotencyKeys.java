package vn.lantoa.platform.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import vn.lantoa.platform.web.ErrorResponses;
import vn.lantoa.platform.web.FieldErrors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on every create of the API, decided here once (as Stripe does it): the first request with a
 * key runs and its answer is kept a day; the same key again, with the same request, gets that answer again (with
 * {@code Idempotent-Replayed: true}) and creates nothing; the same key with another request is refused (422); a
 * request sent while the first is still running gets 409. A create that failed keeps nothing, so the key can be
 * reused once the request is fixed. Operations that do this themselves (sending a report, where the key is
 * required and the rows carry it) are left to do so.
 */
@ServerFilter("/api/v1/**")
class IdempotencyKeys implements Ordered {

    static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = "lantoa.idempotencyClaim";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private record Claim(String caller, String key) {
    }

    private final IdempotencyStore store;
    private final ErrorResponses errors;
    private final JsonMapper json;

    IdempotencyKeys(IdempotencyStore store, ErrorResponses errors, JsonMapper json) {
        this.store = store;
        this.errors = errors;
        this.json = json;
    }

    @Override
    public int getOrder() {
        // After the unknown-field check (UnknownFields): a refused request claims no key.
        return ServerFilterPhase.SECURITY.after() + 20;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> claim(HttpRequest<?> request) {
        String key = request.getHeaders().get(HEADER);
        if (key == null || request.getMethod() != HttpMethod.POST || handledByTheOperation(request)
                || !(request instanceof ServerHttpRequest<?> server)) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            return errors.validation(request, new FieldErrors().add(HEADER, "api.idempotencyKey.invalid"));
        }
        Authentication caller = request.getUserPrincipal(Authentication.class).orElse(null);
        if (caller == null) {
            return null;
        }
        String fingerprint = fingerprint(request, server);
        Optional<IdempotencyStore.Seen> seen = store.claim(caller.getName(), key, fingerprint);
        if (seen.isEmpty()) {
            request.setAttribute(CLAIMED, new Claim(caller.getName(), key));
            return null;
        }
        IdempotencyStore.Seen earlier = seen.get();
        if (!earlier.fingerprint().equals(fingerprint)) {
            return errors.respond(request, HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED", "api.idempotencyKey.reused");
        }
        if (earlier.status() == null) {
            return errors.respond(request, HttpStatus.CONFLICT, "IDEMPOTENCY_IN_PROGRESS", "api.idempotencyKey.inProgress");
        }
        MutableHttpResponse<byte[]> replay = HttpResponse.<byte[]>status(HttpStatus.valueOf(earlier.status()))
                .header("Idempotent-Replayed", "true");
        if (earlier.body() != null && earlier.body().length > 0) {
            replay.body(earlier.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        if (earlier.location() != null) {
            replay.header("Location", earlier.location());
        }
        return replay;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void keep(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Claim claim = request.getAttribute(CLAIMED, Claim.class).orElse(null);
        if (claim == null) {
            return;
        }
        if (response.code() >= 300) {
            store.forget(claim.caller(), claim.key());
            return;
        }
        byte[] body;
        try {
            Object value = response.getBody().orElse(null);
            body = value == null ? new byte[0] : value instanceof byte[] bytes ? bytes : json.writeValueAsBytes(value);
        } catch (IOException e) {
            store.forget(claim.caller(), claim.key());
            return;
        }
        store.answer(claim.caller(), claim.key(), response.code(), response.getHeaders().get("Location"), body);
    }

    /** The method, the address and the body: what makes two requests "the same" for a key. */
    private static String fingerprint(HttpRequest<?> request, ServerHttpRequest<?> server) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethodName() + " " + request.getUri() + "\n").getBytes(StandardCharsets.UTF_8));
            try (CloseableAvailableByteBody body = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().join()) {
                sha.update(body.toByteArray());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An operation that binds Idempotency-Key itself keeps its own promise (reports: exactly once in the database). */
    private static boolean handledByTheOperation(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance)
                .map(m -> Arrays.stream(((MethodBasedRouteMatch<?, ?>) m).getArguments())
                        .anyMatch(a -> HEADER.equalsIgnoreCase(a.getAnnotationMetadata().stringValue(Header.class).orElse(""))))
                .orElse(false);
    }
}
