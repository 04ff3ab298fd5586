package vn.lantoa.people;

import io.micronaut.runtime.server.EmbeddedServer;
import vn.lantoa.testing.Fixtures;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Signs in as a request that came through an HTTPS load balancer and returns the session cookie header. */
record SessionCookieCheck(EmbeddedServer server, String email) {

    String setCookieOverHttps() {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(server.getURI().resolve("/login")).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String csrf = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("lantoa_csrf="))
                    .map(c -> c.substring("lantoa_csrf=".length(), c.indexOf(';'))).findFirst().orElseThrow();
            String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.getURI().resolve("/login?csrfToken=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                    .header("Cookie", "lantoa_csrf=" + csrf).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("lantoa_session=")).findFirst().orElse("");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
