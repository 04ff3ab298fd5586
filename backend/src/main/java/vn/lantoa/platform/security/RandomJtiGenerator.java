package vn.lantoa.platform.security;

import io.micronaut.security.token.claims.JtiGenerator;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Gives each session token its own id, which Micronaut's CSRF check binds form tokens to. */
@Singleton
class RandomJtiGenerator implements JtiGenerator {

    @Override
    public String generateJtiClaim() {
        return UUID.randomUUID().toString();
    }
}
