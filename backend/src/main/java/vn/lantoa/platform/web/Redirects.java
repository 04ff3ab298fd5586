package vn.lantoa.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.net.URI;
import java.net.URISyntaxException;

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

    /**
     * Only same-site paths, so a crafted "next" or "back" link cannot send people elsewhere, and only ones that make a
     * valid Location. Browsers drop tabs and line breaks from addresses and read a backslash as a slash, so "/\t/evil"
     * and "/\\evil" would become "//evil", another site: any control character, space or backslash falls back.
     * Letters outside ASCII are percent-encoded.
     */
    public static String safeLocalPath(String candidate, String fallback) {
        if (candidate == null || candidate.length() > 2000 || !candidate.startsWith("/") || candidate.startsWith("//")) {
            return fallback;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\' || Character.isISOControl(c)) {
                return fallback;
            }
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return fallback;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return fallback;
        }
    }
}
