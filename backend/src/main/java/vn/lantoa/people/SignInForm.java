package vn.lantoa.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record SignInForm(@Nullable String email, @Nullable String password, @Nullable String next) {
}
