package vn.lantoa.platform.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt with a configurable cost (12 in production: about a quarter of a second per check on 2 cores). */
@Singleton
public class PasswordHasher {

    // A fixed hash to compare against when the email is unknown, so both cases take the same time.
    private final String decoy;
    private final int cost;

    PasswordHasher(SecuritySettings settings) {
        this.cost = settings.getBcryptCost();
        this.decoy = hash("decoy-password-for-timing");
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        String target = hash == null ? decoy : hash;
        boolean ok = BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), target.getBytes(StandardCharsets.US_ASCII)).verified;
        return hash != null && ok;
    }
}
