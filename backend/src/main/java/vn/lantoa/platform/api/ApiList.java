package vn.lantoa.platform.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Every list of the API is one page of this shape: the items, how many there are in all, and which page this is.
 * {@link ListLinks} adds the {@code Link} and {@code X-Total-Count} headers from it, so no controller writes them.
 */
@Serdeable
public record ApiList<T>(List<T> items, long total, int page, int perPage) {

    /** The number of the last page; 1 for an empty list, so that "last" always points somewhere. */
    public int lastPage() {
        return (int) Math.max(1, (total + perPage - 1) / perPage);
    }
}
