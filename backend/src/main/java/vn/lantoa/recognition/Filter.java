package vn.lantoa.recognition;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** The register's filters: a year, a field, the unit it came from (the unit itself or one directly below). Bad values are ignored. */
public record Filter(int year, @Nullable ExampleField field, @Nullable Long fromUnit) {

    static Filter parse(@Nullable String year, @Nullable String field, @Nullable String unit, int thisYear) {
        long from = number(unit, -1, 1, Long.MAX_VALUE);
        return new Filter((int) number(year, thisYear, 2000, 2999), ExampleField.parse(field), from < 0 ? null : from);
    }

    LocalDate from() {
        return LocalDate.of(year, 1, 1);
    }

    LocalDate to() {
        return from().plusYears(1);
    }

    @Nullable
    public String fieldName() {
        return field == null ? null : field.name();
    }

    /** The filters as a query string, for the export link. */
    public String query() {
        return "year=" + year + (field == null ? "" : "&field=" + field.name()) + (fromUnit == null ? "" : "&unit=" + fromUnit);
    }

    private static long number(String text, long fallback, long min, long max) {
        try {
            long v = Long.parseLong(text == null ? "" : text.strip());
            return v < min || v > max ? fallback : v;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
