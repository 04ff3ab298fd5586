package vn.lantoa.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** A response as a test reads it: status, headers and the page (parsed on demand). */
public record Page(int status, HttpHeaders headers, byte[] bytes) {

    public String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public Document doc() {
        return Jsoup.parse(body());
    }

    /** The visible text of the page, as a reader sees it. */
    public String text() {
        return doc().text();
    }

    public String location() {
        return headers.firstValue("Location").orElse(null);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
