package vn.lantoa.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One line of an onboarding file as read and checked. The parent is either a unit that already exists
 * (parentUnitId) or a line earlier in the same file (parentLine).
 */
@Serdeable
public record ImportRow(
        int line,
        @Nullable String code,
        @Nullable String name,
        @Nullable String shortName,
        @Nullable String type,
        @Nullable String level,
        @Nullable String parent,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String website,
        @Nullable String adminEmail,
        @Nullable String adminName,
        @Nullable Long parentUnitId,
        @Nullable Integer parentLine,
        @Nullable String parentName,
        List<RowError> errors) {

    @Serdeable
    public record RowError(String field, String key, List<String> args) {
    }

    public ImportRow {
        errors = errors == null ? List.of() : errors;
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
