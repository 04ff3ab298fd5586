package vn.lantoa.reporting.form;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One question of a report form. Numbers may have a range, a number of decimals (0: whole numbers, which cannot be
 * negative unless the range says so; none: up to {@link ReportNumber#DECIMALS}), say how they roll up and what they
 * count (the unit's own activity, or the units below it taken together; none: the form's default); a field may take
 * its first value from Lantoa's own records (prefill, e.g. "articles published this month").
 */
@Serdeable
public record FormField(String key, String label, FieldType type, boolean required, @Nullable String help, @Nullable Double min,
                        @Nullable Double max, @Nullable List<String> choices, @Nullable RollUp rollUp, @Nullable String prefill,
                        @Nullable Integer decimals, @Nullable FieldScope scope) {

    @Creator
    public FormField {
    }

    /** A field as forms were written before numbers had decimals and a scope: up to four decimals, the form's scope. */
    public FormField(String key, String label, FieldType type, boolean required, String help, Double min, Double max, List<String> choices,
                     RollUp rollUp, String prefill) {
        this(key, label, type, required, help, min, max, choices, rollUp, prefill, null, null);
    }

    public RollUp rollUpOrNone() {
        return type == FieldType.NUMBER && rollUp != null ? rollUp : RollUp.NONE;
    }

    /** Digits allowed after the decimal comma. */
    public int decimalsOrMax() {
        return decimals == null ? ReportNumber.DECIMALS : decimals;
    }

    /** The smallest number allowed: the form's minimum, or 0 for a whole number (a count) when the form gives none. */
    public Double minOrDefault() {
        return min != null ? min : decimals != null && decimals == 0 ? Double.valueOf(0) : null;
    }

    /** What this number counts in a form whose default is the given one (a form that says nothing: own activity). */
    public FieldScope scopeIn(FormDefinition form) {
        return scope != null ? scope : form.scope() != null ? form.scope() : FieldScope.OWN;
    }
}
