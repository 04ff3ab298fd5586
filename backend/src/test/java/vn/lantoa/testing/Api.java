package vn.lantoa.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.core.type.Argument;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A JSON API client holding a bearer token; every answer is checked against the OpenAPI document ({@link ApiContract}). */
public final class Api {

    /** A JSON response: status and body parsed as a map (or list under "items" when the body is an array). */
    public record Reply(int status, String body, Map<String, Object> json, java.net.http.HttpHeaders headers) {

        public String code() {
            return json == null ? null : (String) json.get("code");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final URI base;
    private final JsonMapper mapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    public Api(URI base, JsonMapper mapper) {
        this.base = base;
        this.mapper = mapper;
    }

    public Api signIn(String email, String password) {
        Reply reply = post("/api/v1/auth/token", Map.of("email", email, "password", password));
        if (reply.status() != 200) {
            throw new AssertionError("API sign-in failed: " + reply.status() + " " + reply.body());
        }
        token = (String) reply.json().get("accessToken");
        return this;
    }

    public String token() {
        return token;
    }

    public Api withToken(String token) {
        this.token = token;
        return this;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET with one extra header, such as If-None-Match or X-Request-Id. */
    public Reply getWith(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    /** A PUT with one extra header, such as If-Match. */
    public Reply putWith(String path, Object body, String header, String value) {
        return send(request(path).header("Content-Type", "application/json").header(header, value)
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** A POST with one extra header, such as Idempotency-Key. */
    public Reply postWith(String path, Object body, String header, String value) {
        return send(request(path).header("Content-Type", "application/json").header(header, value).POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Reply putRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any method, with a body of that type when {@code contentType} is not null. */
    public Reply raw(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = request(path);
        if (contentType == null) {
            return send(b.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart POST of one file in the part {@code field}, with one extra header when {@code header} is not null. */
    public Reply postFile(String path, String field, String fileName, String contentType, byte[] content, String header, String value) {
        String boundary = "----lantoa-api-" + Long.toHexString(System.nanoTime());
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder b = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (header != null) {
            b.header(header, value);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> r = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            ApiContract.check(base, built.method(), built.uri(), r);
            Map<String, Object> parsed = null;
            String body = r.body();
            if (body != null && !body.isBlank()) {
                String trimmed = body.strip();
                if (trimmed.startsWith("{")) {
                    parsed = mapper.readValue(trimmed, Argument.mapOf(String.class, Object.class));
                } else if (trimmed.startsWith("[")) {
                    parsed = Map.of("items", mapper.readValue(trimmed, Argument.listOf(Object.class)));
                }
            }
            return new Reply(r.statusCode(), body, parsed, r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
