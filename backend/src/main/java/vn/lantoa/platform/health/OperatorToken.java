package vn.lantoa.platform.health;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The operator token (LANTOA_OPERATOR_TOKEN), sent in X-Lantoa-Operator-Token: what opens the health details and the
 * metrics to a script that cannot sign in. One comparison for both, in constant time.
 */
@Singleton
public class OperatorToken {

    public static final String HEADER = "X-Lantoa-Operator-Token";

    private final byte[] token;

    OperatorToken(@Value("${lantoa.health.operator-token:}") String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether the token the request presents is the configured one; empty when it presents none or none is configured,
     * and the caller decides by its other rules. A wrong token is a refusal, never a fall-through.
     */
    public Optional<Boolean> verdict(HttpRequest<?> request) {
        String presented = request.getHeaders().get(HEADER);
        if (token == null || presented == null) {
            return Optional.empty();
        }
        return Optional.of(MessageDigest.isEqual(token, presented.strip().getBytes(StandardCharsets.UTF_8)));
    }
}
