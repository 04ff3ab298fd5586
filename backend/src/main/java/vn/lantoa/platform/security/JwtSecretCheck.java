package vn.lantoa.platform.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

import java.nio.charset.StandardCharsets;

/**
 * A JWT secret under 256 bits does not stop Micronaut from starting, yet every sign-in then fails. Refuse
 * to start instead, with a message that says what to set.
 */
@Context
class JwtSecretCheck {

    JwtSecretCheck(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret:}") String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new ConfigurationException("LANTOA_JWT_SECRET must be set to at least 32 characters (256 bits), "
                    + "e.g. the output of: openssl rand -base64 48");
        }
    }
}
