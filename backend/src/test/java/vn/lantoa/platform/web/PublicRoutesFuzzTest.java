package vn.lantoa.platform.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.RawHttp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route an anonymous visitor can reach, taken from Micronaut's router (a new public route is fuzzed without
 * anyone listing it), hit with what careless and hostile clients send: bytes outside ASCII, broken and overlong
 * escapes, NUL, encoded slashes, emoji and decomposed Vietnamese, very long segments and queries, odd headers.
 * Whatever comes, the answer is a 4xx or better, never a 5xx and never silence.
 */
@MicronautTest(transactional = false)
class PublicRoutesFuzzTest {

    /** Raw path segments, sent as written: escapes stay escapes, other characters go out as their UTF-8 bytes. */
    static final List<String> SEGMENTS = List.of(
            "%E1%BB%AF", "ữ", "lop-%C3%A2m-nh%E1%BA%A1c", "a%CC%82m-nha%CC%A3c", "%F0%9F%98%80", "😀",
            "%", "%zz", "%C0%AF", "%ED%A0%80%FF", "x%00y", "%2F%2Fevil.example", "%5Cevil", "%2e%2e",
            "%0D%0ASet-Cookie:%20x=1", "%09", "'%22%3Cscript%3E~!$&()*+,;=:@", "-1", "99999999999999999999", "x".repeat(3000),
            "%E1%BB%AF".repeat(400));

    /** Values for query parameters a route reads. */
    static final List<String> VALUES = List.of("%E1%BB%AF%F0%9F%98%80a%CC%82", "%", "%00", "-1", "99999999999999999999",
            "/%09/evil.example", "/%5Cevil.example", "https://evil.example", "/%0D%0ALocation:%20//evil", "x".repeat(4000), "'%20OR%201=1--");

    /** Headers real clients, probes and attackers send. */
    static final List<String> HEADERS = List.of(
            "Accept: */*", "Accept: text/html", "Accept: application/json", "Accept: image/png", "Accept: garbage/",
            "Accept: text/html;q=abc", "Accept-Encoding: gzip;q=x, br", "Accept-Language: ữ;q=2",
            "Cookie: lantoa_session=not.a.jwt; lantoa_lang=%E1%BB%AF; lantoa_flash=%%%; lantoa_csrf=x",
            "If-None-Match: \"" + "9".repeat(200) + "\"", "If-Modified-Since: yesterday", "Range: bytes=999999999-",
            "X-Forwarded-For: ữ, ::::, 999.1.1.1", "X-Forwarded-Proto: ftp", "Forwarded: for=\"[zz]\";proto=https",
            "Referer: javascript:alert(1)", "Host: xn--ng-0ja.example");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Router router;

    @Test
    void noPublicRouteAnswersOddInputWithAServerError() {
        Fixtures.World world = fixtures.world();
        Article article = fixtures.published(world, world.a().id(), ArticleKind.NEWS, "Kỳ thi tốt nghiệp " + world.tag(), "<p>Nội dung.</p>");
        Map<String, String> valid = Map.of("site", world.a().slug(), "slug", article.slug(), "category", "tin-tuc", "tag", "thi-cu",
                "documentId", "1", "unitId", String.valueOf(world.a().id()), "fileId", "1", "year", "2026", "name", "anh.jpg", "code", "en");

        List<UriRouteInfo<?, ?>> routes = router.uriRoutes().filter(PublicRoutesFuzzTest::isAnonymous)
                .filter(r -> r.getHttpMethod() == HttpMethod.GET).toList();
        assertThat(routes).extracting(r -> r.getUriMatchTemplate().toString())
                .anyMatch(t -> t.contains("/tin/{slug}")).anyMatch(t -> t.equals("/login")).anyMatch(t -> t.startsWith("/health"));

        List<String> failures = new ArrayList<>();
        // About 1,400 requests, 15 to 30 seconds here; the budget only stops a run that hangs.
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int sent = 0;
        int routeIndex = 0;
        for (UriRouteInfo<?, ?> route : routes) {
            String template = route.getUriMatchTemplate().toString();
            List<String> variables = variables(template);
            List<String> paths = new ArrayList<>();
            paths.add(expand(template, valid, null, null));
            for (String variable : variables) {
                for (String segment : SEGMENTS) {
                    paths.add(expand(template, valid, variable, segment));
                }
            }
            String base = paths.get(0);
            for (String param : queryParameters(route)) {
                for (String value : VALUES) {
                    paths.add(base + "?" + param + "=" + value);
                }
            }
            paths.add(base + "?" + "q=1&".repeat(1500));
            paths.add(base + "?" + "%E1%BB%AF=%E1%BB%AF&%=%&&==&");
            paths.add(base + "/" + "x".repeat(10_000));
            for (String path : paths) {
                sent++;
                check(failures, route, path, List.of("Accept: */*"));
            }
            // Five of the headers per route, a different five for the next: each header meets several kinds of route.
            for (int k = 0; k < 5; k++) {
                sent++;
                check(failures, route, base, List.of(HEADERS.get((routeIndex * 5 + k) % HEADERS.size())));
            }
            routeIndex++;
            assertThat(System.nanoTime()).as("fuzzing stays within its time budget (at %s after %d requests)", template, sent).isLessThan(deadline);
        }
        for (String file : new String[]{"/static/css/site.css", "/static/../application.yml", "/static/%2e%2e/application.yml",
                "/static/css/%E1%BB%AF.css", "/vendor/tinymce-6.8.3/%00.js", "/static/css/site.css?v=%E1%BB%AF"}) {
            sent++;
            check(failures, null, file, List.of("Accept: */*"));
        }

        assertThat(failures).as("requests answered with a server error or not at all, of %d sent", sent).isEmpty();
    }

    @Test
    void noPublicFormOrApiCallAnswersOddInputWithAServerError() {
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes().filter(PublicRoutesFuzzTest::isAnonymous)
                .filter(r -> r.getHttpMethod() == HttpMethod.POST).toList();
        assertThat(routes).extracting(r -> r.getUriMatchTemplate().toString()).contains("/login", "/api/v1/auth/token");
        Browser browser = new Browser(server.getURI());
        String csrf = browser.csrfToken();
        String query = "?csrfToken=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8);

        List<String> forms = new ArrayList<>();
        for (String value : VALUES) {
            forms.add(String.join("&", List.of("email", "password", "confirm", "current", "token", "next", "fullName", "phone"))
                    .replaceAll("([a-zA-Z]+)", "$1=" + Matcher.quoteReplacement(value)));
        }
        forms.add("email=ữ😀&password=" + "ữ".repeat(100) + "&next=/\\evil.example");
        forms.add("%%%=&&=%zz&email");
        List<String> json = List.of("{\"email\":\"ữ😀\",\"password\":\"" + "ữ".repeat(100) + "\",\"refreshToken\":\"ữ\"}",
                "{\"email\":1e400,\"password\":[1,2]}", "{\"refreshToken\":\"\\u0000\"}", "[", "[".repeat(5000), "{}", "null", "",
                "{\"email\":\"" + "x".repeat(100_000) + "\"}");

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (UriRouteInfo<?, ?> route : routes) {
            String path = expand(route.getUriMatchTemplate().toString(), Map.of(), null, null);
            boolean api = path.startsWith("/api/");
            for (String body : api ? json : forms) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                String head = "POST " + path + (api ? "" : query) + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + (api ? "application/json" : "text/html")
                        + "\r\nContent-Type: " + (api ? "application/json" : "application/x-www-form-urlencoded") + "\r\nCookie: lantoa_csrf=" + csrf
                        + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
                ByteArrayOutputStream request = new ByteArrayOutputStream();
                request.writeBytes(head.getBytes(StandardCharsets.UTF_8));
                request.writeBytes(bytes);
                sent++;
                RawHttp.Response response = RawHttp.exchange("127.0.0.1", server.getPort(), request.toByteArray(), Duration.ofSeconds(15));
                if (response.status() == 0 || response.status() >= 500) {
                    failures.add("POST " + path + " " + (body.length() > 120 ? body.substring(0, 120) + "…" : body) + " -> "
                            + (response.status() == 0 ? "no answer" : response.status()));
                }
            }
        }

        assertThat(failures).as("posts answered with a server error or not at all, of %d sent", sent).isEmpty();
    }

    private void check(List<String> failures, UriRouteInfo<?, ?> route, String path, List<String> headers) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        String head = "GET " + path + " HTTP/1.1\r\n" + (headers.stream().anyMatch(h -> h.startsWith("Host:")) ? "" : "Host: localhost\r\n")
                + String.join("\r\n", headers) + "\r\nConnection: close\r\n\r\n";
        // Characters outside ASCII go out as their UTF-8 bytes, as a careless client writes them.
        request.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        RawHttp.Response response = RawHttp.exchange("127.0.0.1", server.getPort(), request.toByteArray(), Duration.ofSeconds(15));
        if (response.status() == 0 || response.status() >= 500) {
            String shown = path.length() > 160 ? path.substring(0, 160) + "…(" + path.length() + ")" : path;
            failures.add((route == null ? "" : route.getUriMatchTemplate() + " ") + "GET " + shown + " " + headers + " -> "
                    + (response.status() == 0 ? "no answer" : response.status()));
        }
    }

    static boolean isAnonymous(UriRouteInfo<?, ?> route) {
        String[] rules = route.getAnnotationMetadata().stringValues(Secured.class);
        return Arrays.asList(rules).contains(SecurityRule.IS_ANONYMOUS);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?}");

    static List<String> variables(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The template with valid values, one variable (when named) replaced by the given raw segment. */
    static String expand(String template, Map<String, String> valid, String variable, String segment) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals(variable) ? segment : valid.getOrDefault(name, "x");
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static List<String> queryParameters(UriRouteInfo<?, ?> route) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Argument<?> argument : route.getTargetMethod().getArguments()) {
            if (argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                String name = argument.getAnnotationMetadata().stringValue(QueryValue.class).orElse(argument.getName());
                names.put(name.isEmpty() ? argument.getName() : name, name);
            }
        }
        return new ArrayList<>(names.keySet());
    }
}
