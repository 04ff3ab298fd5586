package vn.lantoa.platform.api;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.web.UserInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The {@code sort} of a list, decided here once: a field name for ascending, with {@code -} in front for descending
 * ({@code sort=-submittedAt}), one of the fields the list names; anything else is refused with a field error that
 * lists them. Without a sort a list keeps its own order, and the sort is stable, so ties keep that order too and
 * pages never overlap.
 */
public final class Sorting<T> {

    private final Map<String, Comparator<T>> fields;

    private Sorting(Map<String, Comparator<T>> fields) {
        this.fields = fields;
    }

    /** A list sortable by these fields. */
    public static <T> Sorting<T> by(Map<String, Comparator<T>> fields) {
        return new Sorting<>(new TreeMap<>(fields));
    }

    /** The items in the asked order, or as they came when none was asked. */
    public List<T> sort(@Nullable String sort, List<T> items) {
        if (sort == null || sort.isBlank()) {
            return items;
        }
        String asked = sort.strip();
        boolean descending = asked.startsWith("-");
        Comparator<T> field = fields.get(descending ? asked.substring(1) : asked);
        if (field == null) {
            throw UserInputException.of("sort", "api.sort.invalid", String.join(", ", fields.keySet()));
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(descending ? field.reversed() : field);
        return sorted;
    }

    /** Compares by a value that may be missing: missing ones last when ascending, first when descending. */
    public static <T, U extends Comparable<? super U>> Comparator<T> nullsLast(Function<T, U> value) {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
