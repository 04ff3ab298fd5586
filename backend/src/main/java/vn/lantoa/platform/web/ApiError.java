package vn.lantoa.platform.web;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The body of every JSON error: a stable code for programs, a Vietnamese message for people. */
@Serdeable
public record ApiError(String code, String message, List<Field> errors) {

    @Serdeable
    public record Field(String field, String code, String message) {
    }

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of());
    }
}
