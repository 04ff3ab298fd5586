package vn.lantoa.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation errors per form field, as message keys. Pages show them next to the field; the API returns
 * them with a stable code.
 */
public final class FieldErrors {

    public record FieldError(String field, String key, List<Object> args) {
    }

    private final Map<String, List<FieldError>> byField = new LinkedHashMap<>();

    public FieldErrors add(String field, String key, Object... args) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(new FieldError(field, key, List.of(args)));
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean hasAny() {
        return !byField.isEmpty();
    }

    /** The first error of a field, or null. */
    public FieldError first(String field) {
        List<FieldError> list = byField.get(field);
        return list == null ? null : list.get(0);
    }

    public List<FieldError> all() {
        return byField.values().stream().flatMap(List::stream).toList();
    }

    public void addAll(FieldErrors other) {
        other.all().forEach(e -> add(e.field(), e.key(), e.args().toArray()));
    }

    public static FieldErrors none() {
        return new FieldErrors();
    }
}
