package vn.lantoa.platform.api;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;

import java.util.List;

/**
 * The page a list request asks for: {@code page} from 1, {@code perPage} from 1 to {@value #MAX} (default
 * {@value #DEFAULT}), as GitHub's API does. Out-of-range values are refused with a field error, not clamped, so a
 * client that pages wrong learns it at once instead of reading the same page twice.
 */
public record Paging(int page, int perPage) {

    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    public static Paging of(@Nullable Integer page, @Nullable Integer perPage) {
        FieldErrors errors = new FieldErrors();
        int p = page == null ? 1 : page;
        int size = perPage == null ? DEFAULT : perPage;
        if (p < 1 || p > 1_000_000) {
            errors.add("page", "api.page.invalid");
        }
        if (size < 1 || size > MAX) {
            errors.add("perPage", "api.perPage.invalid", MAX);
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return new Paging(p, size);
    }

    public int offset() {
        return (page - 1) * perPage;
    }

    /** This page of a list of {@code total} items. */
    public <T> ApiList<T> of(List<T> items, long total) {
        return new ApiList<>(items, total, page, perPage);
    }

    /** This page cut from a list held whole in memory (small lists: members, files of one report). */
    public <T> ApiList<T> slice(List<T> all) {
        int from = Math.min(offset(), all.size());
        int to = Math.min(from + perPage, all.size());
        return new ApiList<>(List.copyOf(all.subList(from, to)), all.size(), page, perPage);
    }
}
