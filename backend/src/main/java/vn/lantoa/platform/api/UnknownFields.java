package vn.lantoa.platform.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import vn.lantoa.platform.web.ErrorResponses;
import vn.lantoa.platform.web.FieldErrors;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A JSON body's fields that its operation does not know are refused (400 VALIDATION_FAILED, one field error each,
 * "items[0].nmae"), never silently dropped: a typo in an integration shows on its first call instead of as a value
 * that was never saved. Decided here once for every operation, from the type its {@code @Body} is bound to, nested
 * objects and lists included. HTML forms are not touched: browsers may send fields a page does not use.
 */
@ServerFilter("/api/v1/**")
class UnknownFields implements Ordered {

    private static final int MAX_REPORTED = 20;
    private final JsonMapper json;
    private final ErrorResponses errors;

    UnknownFields(JsonMapper json, ErrorResponses errors) {
        this.json = json;
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        // After the rate limit (RateLimits): a refused caller's body is not read.
        return ServerFilterPhase.SECURITY.after() + 10;
    }

    @RequestFilter
    @Nullable
    CompletionStage<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.DELETE || request.getMethod() == HttpMethod.HEAD
                || !(request instanceof ServerHttpRequest<?> server)
                || !request.getContentType().map(t -> t.matches(MediaType.APPLICATION_JSON_TYPE)).orElse(false)) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<Argument<?>> body = bodyArgument(request);
        if (body.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer()
                .thenApply(bytes -> unknown(request, body.get(), bytes));
    }

    private HttpResponse<?> unknown(HttpRequest<?> request, Argument<?> type, CloseableAvailableByteBody bytes) {
        Object parsed;
        try (bytes) {
            if (bytes.length() > JsonBodyLimit.MAX_BYTES) {
                return JsonBodyLimit.tooLarge(request, errors);
            }
            parsed = json.readValue(bytes.toByteArray(), Argument.OBJECT_ARGUMENT);
        } catch (IOException | RuntimeException e) {
            // Malformed JSON is for the binding to refuse, with its own code (MALFORMED_BODY).
            return null;
        }
        FieldErrors found = new FieldErrors();
        walk(parsed, type, "", found);
        return found.hasAny() ? errors.validation(request, found) : null;
    }

    private static Optional<Argument<?>> bodyArgument(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance)
                .map(m -> (MethodBasedRouteMatch<?, ?>) m)
                .flatMap(m -> java.util.Arrays.stream(m.getArguments())
                        .filter(a -> a.getAnnotationMetadata().hasAnnotation(Body.class) && a.getAnnotationMetadata().stringValue(Body.class).isEmpty())
                        .<Argument<?>>map(a -> a)
                        .findFirst());
    }

    /** Compares a parsed JSON value with the type it will be bound to, noting every field the type does not have. */
    @SuppressWarnings("unchecked")
    private static void walk(Object value, Argument<?> type, String path, FieldErrors found) {
        if (found.all().size() >= MAX_REPORTED || value == null) {
            return;
        }
        Class<?> raw = type.getType();
        if (value instanceof List<?> list && Collection.class.isAssignableFrom(raw) && type.getTypeParameters().length == 1) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), type.getTypeParameters()[0], path + "[" + i + "]", found);
            }
            return;
        }
        if (!(value instanceof Map<?, ?> object) || Map.class.isAssignableFrom(raw) || raw == Object.class) {
            return;
        }
        Optional<BeanIntrospection<Object>> introspection = BeanIntrospector.SHARED.findIntrospection((Class<Object>) raw);
        if (introspection.isEmpty()) {
            return;
        }
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String at = path.isEmpty() ? name : path + "." + name;
            Optional<BeanProperty<Object, Object>> property = introspection.get().getProperty(name);
            if (property.isEmpty()) {
                found.add(at, "api.unknownField", at);
            } else {
                walk(entry.getValue(), property.get().asArgument(), at, found);
            }
        }
    }
}
