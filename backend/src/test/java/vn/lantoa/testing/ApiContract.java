package vn.lantoa.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks an answer of the JSON API against the OpenAPI document the same server serves: its status must be one the
 * document lists for that operation, its body must match the schema (types, required fields, nullability), and it
 * must carry a request id. {@link Api} runs this on every answer of /api/v1 in every test, so the document and the
 * server cannot drift apart without a test failing.
 */
public final class ApiContract {

    private static final Map<URI, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApiContract() {
    }

    public static void check(URI base, String method, URI target, HttpResponse<String> response) {
        String path = target.getRawPath();
        if (!path.startsWith("/api/v1/")) {
            return;
        }
        ApiCoverage.saw(method, path, response.statusCode());
        if (response.headers().firstValue("X-Request-Id").isEmpty()) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + " without X-Request-Id");
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        String body = response.body();
        if (body != null && !body.isEmpty()) {
            answer.withBody(body);
        }
        ValidationReport report = validator(base).validateResponse(path, Request.Method.valueOf(method), answer.build());
        if (report.hasErrors()) {
            String problems = report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> m.getKey() + ": " + m.getMessage())
                    .collect(Collectors.joining("\n  "));
            throw new AssertionError("The answer of " + method + " " + path + " (" + response.statusCode() + ") differs from the OpenAPI document:\n  "
                    + problems + "\nbody: " + abbreviate(body));
        }
    }

    private static OpenApiInteractionValidator validator(URI base) {
        return VALIDATORS.computeIfAbsent(base, b -> OpenApiInteractionValidator.createForInlineApiSpecification(document(b)).build());
    }

    private static String document(URI base) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/openapi.yml")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new AssertionError("/api/openapi.yml answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
