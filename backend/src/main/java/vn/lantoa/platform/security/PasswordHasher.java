package vn.lantoa.platform.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** bcrypt with a configurable cost (12 in production: about a quarter of a second per check on 2 cores). */
@Singleton
public class PasswordHasher {

    /**
     * A well-formed bcrypt hash (a fixed salt and digest) that no password is known to match: checking a password
     * against it costs exactly what checking a real hash of the same cost does. Hashing a made-up password here
     * instead cost start-up about a second of the main thread's time on a cold JVM (cost 12 before the JIT warms up).
     */
    private static final String DECOY_SALT_AND_DIGEST = "Lantoa.decoy.salt.0000uNFh4R2h7ZhdQj0m7Wq4m3bQkqH2y9e";
    private final String decoy;
    private final int cost;

    PasswordHasher(SecuritySettings settings) {
        this.cost = settings.getBcryptCost();
        this.decoy = String.format("$2a$%02d$%s", cost, DECOY_SALT_AND_DIGEST);
    }

    /** What an unknown account's password is checked against. */
    String decoy() {
        return decoy;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > PasswordPolicy.MAX_BYTES) {
            // bcrypt reads 72 bytes and the library refuses more. No stored password is longer (PasswordPolicy refuses
            // them), so this one is wrong; the decoy check keeps the answer as slow as a real one.
            BCrypt.verifyer().verify(Arrays.copyOf(bytes, PasswordPolicy.MAX_BYTES), decoy.getBytes(StandardCharsets.US_ASCII));
            return false;
        }
        String target = hash == null ? decoy : hash;
        boolean ok = BCrypt.verifyer().verify(bytes, target.getBytes(StandardCharsets.US_ASCII)).verified;
        return hash != null && ok;
    }
}
