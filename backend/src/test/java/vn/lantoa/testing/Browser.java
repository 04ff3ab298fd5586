package vn.lantoa.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that behaves like a browser submitting forms: it keeps the session and the
 * CSRF cookie, sends the CSRF token with every form, and does not follow redirects (tests look at them).
 */
public final class Browser {

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public Browser(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Page get(String path) {
        return get(path, "text/html");
    }

    public Page getWith(String path, String header, String value) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header(header, value).GET());
    }

    public Page get(String path, String accept) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET());
    }

    /**
     * Posts a url-encoded form as the pages do: the CSRF token in the action URL's query (fetching a page
     * first if there is no token yet).
     */
    public Page post(String path, Map<String, String> form) {
        String sep = path.contains("?") ? "&" : "?";
        return postRaw(path + sep + "csrfToken=" + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8), form);
    }

    /** Posts a form whose fields may repeat (ticked checkboxes of one name), with the CSRF token as {@link #post} adds it. */
    public Page post(String path, java.util.List<Map.Entry<String, String>> fields) {
        String sep = path.contains("?") ? "&" : "?";
        String body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path + sep + "csrfToken=" + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8)))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a url-encoded body exactly as given (a broken escape, say), with the CSRF token as {@link #post} adds it. */
    public Page postBody(String path, String body) {
        String sep = path.contains("?") ? "&" : "?";
        return send(HttpRequest.newBuilder(base.resolve(path + sep + "csrfToken=" + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8)))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts exactly these fields: no CSRF token is added. */
    public Page postRaw(String path, Map<String, String> fields) {
        return send(formRequest(path, fields));
    }

    /** Posts a form as {@link #post} does, with one more header (such as a proxy in front of Lantoa adds). */
    public Page postWith(String path, Map<String, String> form, String header, String value) {
        String sep = path.contains("?") ? "&" : "?";
        return send(formRequest(path + sep + "csrfToken=" + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8), form).header(header, value));
    }

    private HttpRequest.Builder formRequest(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Posts one file as multipart/form-data, with the CSRF token in the query as the upload forms do. */
    public Page upload(String path, String field, String fileName, byte[] content, String contentType) {
        return upload(path, field, fileName, content, contentType, "text/html");
    }

    /** As a script uploads (TinyMCE accepts any type). */
    public Page upload(String path, String field, String fileName, byte[] content, String contentType, String accept) {
        String boundary = "----lantoa" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String sep = path.contains("?") ? "&" : "?";
        return send(HttpRequest.newBuilder(base.resolve(path + sep + "csrfToken=" + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8)))
                .header("Accept", accept).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** Posts a whole form as multipart/form-data with one file among its fields, as a browser does without JavaScript. */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content, String contentType) {
        String boundary = "----lantoa" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + (field.getValue() == null ? "" : field.getValue()) + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String sep = path.contains("?") ? "&" : "?";
        return send(HttpRequest.newBuilder(base.resolve(path + sep + "csrfToken=" + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8)))
                .header("Accept", "text/html").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    public Browser signIn(String email, String password) {
        get("/login");
        Page page = post("/login", Map.of("email", email, "password", password));
        if (page.status() != 303) {
            throw new AssertionError("Sign-in of " + email + " failed: " + page.status() + " " + page.text());
        }
        // The CSRF token is bound to the session: the first page after signing in hands out a new one.
        get("/account");
        return this;
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    public String csrfToken() {
        return cookie("lantoa_csrf").map(HttpCookie::getValue).orElseGet(() -> {
            get("/login");
            return cookie("lantoa_csrf").map(HttpCookie::getValue).orElseThrow(() -> new AssertionError("no CSRF cookie issued"));
        });
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One file of a multipart form: the name it is sent with, its bytes and the type the client claims. */
    public record FilePart(String fileName, byte[] content, String contentType) {
    }

    /**
     * Posts a whole form as multipart/form-data with several files under one field name, as a browser does for a file
     * input with {@code multiple}; with no files, one empty part with no name, as a browser sends when nothing was chosen.
     */
    public Page postFiles(String path, Map<String, String> fields, String fileField, java.util.List<FilePart> files) {
        String boundary = "----lantoa" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + (field.getValue() == null ? "" : field.getValue()) + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            java.util.List<FilePart> parts = files.isEmpty() ? java.util.List.of(new FilePart("", new byte[0], "application/octet-stream")) : files;
            for (FilePart file : parts) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + file.fileName() + "\"\r\n"
                        + "Content-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(file.content());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String sep = path.contains("?") ? "&" : "?";
        return send(HttpRequest.newBuilder(base.resolve(path + sep + "csrfToken=" + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8)))
                .header("Accept", "text/html").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }
}
