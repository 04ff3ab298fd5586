package vn.lantoa.platform.api;

import io.micronaut.http.HttpRequest;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The id of a request, echoed in {@code X-Request-Id} so that an integrator and an operator can talk about the same
 * call. A caller's own id is kept when it looks like an id (a proxy or the integrator's system may set one); anything
 * else is replaced, so a header can never carry text into our logs.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "lantoa.requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    /** This request's id, made on first use. */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            String given = request.getHeaders().get(HEADER);
            String id = given != null && SAFE.matcher(given).matches() ? given : fresh();
            request.setAttribute(ATTRIBUTE, id);
            return id;
        });
    }

    private static String fresh() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
