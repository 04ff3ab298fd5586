package vn.lantoa.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.net.URI;

/** Every successful form POST answers 303 See Other, so a reload never posts twice. */
public final class Redirects {

    private Redirects() {
    }

    public static MutableHttpResponse<?> seeOther(String location) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create(location)));
    }

    public static MutableHttpResponse<?> seeOther(String location, Flash flash) {
        return seeOther(location).cookie(FlashCookie.of(flash));
    }

    /** Only same-site paths, so a crafted "back" link cannot send people elsewhere. */
    public static String safeLocalPath(String candidate, String fallback) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.contains("\\")
                || candidate.contains("\r") || candidate.contains("\n")) {
            return fallback;
        }
        return candidate;
    }
}
