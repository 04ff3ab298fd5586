package vn.lantoa.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One question of a report form. Numbers may have a range and say how they roll up; a field may take its first
 * value from Lantoa's own records (prefill, e.g. "articles published this month").
 */
@Serdeable
public record FormField(String key, String label, FieldType type, boolean required, @Nullable String help, @Nullable Double min,
                        @Nullable Double max, @Nullable List<String> choices, @Nullable RollUp rollUp, @Nullable String prefill) {

    public RollUp rollUpOrNone() {
        return type == FieldType.NUMBER && rollUp != null ? rollUp : RollUp.NONE;
    }
}
