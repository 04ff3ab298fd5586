package vn.lantoa.platform.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.platform.web.VersionRequiredException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP, decided here once. The ETag of a versioned resource is {@code "v<version>"}; an update
 * names the version it was made from in {@code If-Match} (or, as the pages do, in the body's {@code version}). A
 * stale version answers 412; no version at all answers 428, where two people may edit the same thing.
 */
public final class Preconditions {

    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"v?(\\d{1,18})\"\\s*");

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /**
     * The version an update was made from, as the body's version field would carry it: If-Match when sent (it wins
     * over the body), else the body's own. Refuses an update with neither (428) or a malformed If-Match (400).
     */
    public static String expectedVersion(HttpRequest<?> request, @Nullable String bodyVersion) {
        String ifMatch = request.getHeaders().get("If-Match");
        if (ifMatch != null) {
            Matcher m = ETAG.matcher(ifMatch);
            if (!m.matches()) {
                throw UserInputException.of("If-Match", "api.ifMatch.invalid");
            }
            return m.group(1);
        }
        if (bodyVersion == null || bodyVersion.isBlank()) {
            throw new VersionRequiredException();
        }
        return bodyVersion;
    }
}
