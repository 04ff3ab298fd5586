package vn.lantoa.platform.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decoy a password is checked against when no account has the email: a real bcrypt hash of the configured cost,
 * so the check does the same work, and one that no password matches.
 */
class PasswordHasherTest {

    static PasswordHasher hasher(int cost) {
        SecuritySettings settings = new SecuritySettings();
        settings.setBcryptCost(cost);
        return new PasswordHasher(settings);
    }

    @Test
    void aPasswordCheckedForAnUnknownAccountIsRefusedAfterABcryptCheckOfTheConfiguredCost() {
        PasswordHasher hasher = hasher(5);
        assertThat(hasher.matches("Lantoa@2026", null)).isFalse();
        assertThat(hasher.matches("", null)).isFalse();
        assertThat(hasher.matches("x".repeat(200), null)).as("longer than bcrypt reads").isFalse();

        String decoy = hasher.decoy();
        assertThat(decoy).startsWith("$2a$05$");
        BCrypt.Result checked = BCrypt.verifyer().verify("Lantoa@2026".getBytes(StandardCharsets.UTF_8), decoy.getBytes(StandardCharsets.US_ASCII));
        assertThat(checked.validFormat).as("a well-formed hash: the library runs the full check, not a quick refusal").isTrue();
        assertThat(checked.details.cost).isEqualTo(5);
        assertThat(checked.verified).isFalse();
    }

    @Test
    void aRealHashStillMatchesItsPasswordAndNoOther() {
        PasswordHasher hasher = hasher(4);
        String hash = hasher.hash("Mật khẩu đúng 1");
        assertThat(hasher.matches("Mật khẩu đúng 1", hash)).isTrue();
        assertThat(hasher.matches("Mật khẩu sai 1", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
    }
}
