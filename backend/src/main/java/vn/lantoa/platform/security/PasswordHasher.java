package vn.lantoa.platform.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
