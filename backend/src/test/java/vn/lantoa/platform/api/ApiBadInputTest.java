package vn.lantoa.platform.api;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Part;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Fixtures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the API that takes a JSON body, taken from the router (a new one is covered without anyone
 * listing it), sent what broken and careless clients send. Each gets the documented 400 with its stable code, never
 * a 500; and, through ApiContract, every answer matches the OpenAPI document.
 */
@MicronautTest(transactional = false)
class ApiBadInputTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    Router router;

    record Sent(String body, int expectedStatus, String expectedCode) {

        Sent(String body, String expectedCode) {
            this(body, 400, expectedCode);
        }
    }

    @Test
    void everyOperationWithABodyAnswersBrokenJsonWrongShapesAndUnknownFieldsWithA400AndOversizeBodiesWithA413() {
        Fixtures.World world = fixtures.world();
        Api api = new Api(server.getURI(), json).signIn(world.adminA().email(), Fixtures.PASSWORD);
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toPathString().startsWith("/api/v1/"))
                .filter(r -> r.getHttpMethod() == HttpMethod.POST || r.getHttpMethod() == HttpMethod.PUT)
                .filter(r -> Arrays.stream(r.getTargetMethod().getArguments()).anyMatch(a -> a.getAnnotationMetadata().hasAnnotation(Body.class)))
                .toList();
        assertThat(routes).hasSizeGreaterThan(15);

        List<Sent> bodies = List.of(
                new Sent("{\"name\": \"unterminated", "MALFORMED_BODY"),
                new Sent("[1, 2, 3]", "MALFORMED_BODY"),
                new Sent("\"just a string\"", "MALFORMED_BODY"),
                new Sent("{\"khongCo\": 1, \"cungKhongCo\": {\"a\": [1]}}", "VALIDATION_FAILED"),
                new Sent("[".repeat(5000) + "]".repeat(5000), "MALFORMED_BODY"),
                new Sent("{\"name\": \"" + "a".repeat((int) JsonBodyLimit.MAX_BYTES) + "\"}", 413, "PAYLOAD_TOO_LARGE"));
        List<String> wrong = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : routes) {
            String path = path(route, world);
            for (Sent sent : bodies) {
                Api.Reply reply = send(api, route.getHttpMethod(), path, sent.body());
                if (reply.status() != sent.expectedStatus() || !sent.expectedCode().equals(reply.code())) {
                    wrong.add(route.getHttpMethodName() + " " + path + " with " + abbreviate(sent.body()) + " -> " + reply.status() + " "
                            + reply.code());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyOperationWithABodyTakesWrongTypesAndHugeValuesWithoutAServerError() {
        Fixtures.World world = fixtures.world();
        Api api = new Api(server.getURI(), json).signIn(world.adminA().email(), Fixtures.PASSWORD);
        List<String> odd = List.of(
                "{\"name\": {\"nested\": true}, \"version\": [1], \"answers\": \"not an object\"}",
                "{\"name\": 12345678901234567890123, \"title\": 1e400, \"hostName\": null}",
                "{\"name\": \"" + "ữ".repeat(200_000) + "\"}",
                "{\"name\": \"\\u0000\\ud800\"}",
                "{}",
                "null");
        List<String> wrong = new ArrayList<>();
        router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toPathString().startsWith("/api/v1/"))
                .filter(r -> r.getHttpMethod() == HttpMethod.POST || r.getHttpMethod() == HttpMethod.PUT)
                .filter(r -> Arrays.stream(r.getTargetMethod().getArguments()).anyMatch(a -> a.getAnnotationMetadata().hasAnnotation(Body.class)))
                .filter(r -> !r.getUriMatchTemplate().toPathString().startsWith("/api/v1/auth/"))
                .forEach(route -> {
                    String path = path(route, world);
                    for (String body : odd) {
                        Api.Reply reply = send(api, route.getHttpMethod(), path, body);
                        if (reply.status() >= 500 || reply.status() < 200) {
                            wrong.add(route.getHttpMethodName() + " " + path + " with " + abbreviate(body) + " -> " + reply.status());
                        }
                    }
                });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyOperationRefusesACallerWithoutATokenAndABodyOfAnotherTypeWithTheDocumentedStatus() {
        Fixtures.World world = fixtures.world();
        Api nobody = new Api(server.getURI(), json);
        Api api = new Api(server.getURI(), json).signIn(world.adminA().email(), Fixtures.PASSWORD);
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes().filter(r -> r.getUriMatchTemplate().toPathString().startsWith("/api/v1/"))
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD && r.getHttpMethod() != HttpMethod.OPTIONS).toList();
        List<String> wrong = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : routes) {
            String path = path(route, world);
            boolean anonymous = route.getAnnotationMetadata().stringValues(Secured.class).length > 0
                    && Arrays.asList(route.getAnnotationMetadata().stringValues(Secured.class)).contains(SecurityRule.IS_ANONYMOUS);
            boolean upload = Arrays.stream(route.getTargetMethod().getArguments()).anyMatch(a -> a.getAnnotationMetadata().hasAnnotation(Part.class));
            boolean takesBody = upload || Arrays.stream(route.getTargetMethod().getArguments()).anyMatch(a -> a.getAnnotationMetadata().hasAnnotation(Body.class));
            if (!anonymous) {
                Api.Reply reply = upload ? nobody.raw(route.getHttpMethodName(), path, "multipart/form-data; boundary=x", "--x--\r\n")
                        : nobody.raw(route.getHttpMethodName(), path, takesBody ? "application/json" : null, takesBody ? "{}" : null);
                if (reply.status() != 401) {
                    wrong.add(route.getHttpMethodName() + " " + path + " without a token -> " + reply.status());
                }
            }
            if (takesBody) {
                Api.Reply reply = api.raw(route.getHttpMethodName(), path, "text/plain", "tên=Trường");
                if (reply.status() != 415) {
                    wrong.add(route.getHttpMethodName() + " " + path + " with text/plain -> " + reply.status());
                }
            }
        }
        assertThat(routes).hasSizeGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    private static Api.Reply send(Api api, HttpMethod method, String path, String body) {
        return method == HttpMethod.PUT ? api.putRaw(path, "application/json", body) : api.postRaw(path, "application/json", body);
    }

    /** The school's own unit for {unitId}; any other id is one that does not exist (the body is refused before it matters). */
    private static String path(UriRouteInfo<?, ?> route, Fixtures.World world) {
        return route.getUriMatchTemplate().toPathString()
                .replace("{unitId}", String.valueOf(world.a().id()))
                .replace("{periodCode}", "2026-11")
                .replaceAll("\\{[^}]+}", "999999");
    }

    private static String abbreviate(String body) {
        return body.length() > 60 ? body.substring(0, 60) + "…" : body;
    }
}
