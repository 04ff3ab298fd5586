package vn.lantoa.platform.api;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.web.UserInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code sort} of a list, decided here once: a field name for ascending, with {@code -} in front for descending
 * ({@code sort=-submittedAt}), one of the fields the list names; anything else is refused with a field error that
 * lists them. Ties are broken by the list's default order, so pages never overlap.
 */
public final class Sorting<T> {

    private final String defaultKey;
    private final Map<String, Comparator<T>> fields;

    private Sorting(String defaultKey, Map<String, Comparator<T>> fields) {
        this.defaultKey = defaultKey;
        this.fields = fields;
    }

    /** A list sortable by these fields (in their order of mention), {@code defaultKey} when no sort is asked. */
    public static <T> Sorting<T> by(String defaultKey, Map<String, Comparator<T>> fields) {
        return new Sorting<>(defaultKey, new LinkedHashMap<>(fields));
    }

    /** The items in the asked order; nulls last whichever the direction. */
    public List<T> sort(@Nullable String sort, List<T> items) {
        String asked = sort == null || sort.isBlank() ? defaultKey : sort.strip();
        boolean descending = asked.startsWith("-");
        String key = descending ? asked.substring(1) : asked;
        Comparator<T> field = fields.get(key);
        if (field == null) {
            throw UserInputException.of("sort", "api.sort.invalid", String.join(", ", fields.keySet()));
        }
        Comparator<T> order = (descending ? field.reversed() : field).thenComparing(fields.get(defaultKey));
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(order);
        return sorted;
    }

    /** Compares by a value that may be missing: missing ones after the others, ascending or descending alike. */
    public static <T, U extends Comparable<? super U>> Comparator<T> nullsLast(java.util.function.Function<T, U> value) {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
