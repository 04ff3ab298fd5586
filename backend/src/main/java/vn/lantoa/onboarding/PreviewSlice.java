package vn.lantoa.onboarding;

import java.util.List;

/**
 * One page of an import's lines, all of them or only those with errors. A file may have 5,000 lines: shown at once
 * that was a 1.9 MB page, and the few bad lines were lost among the good ones.
 */
public record PreviewSlice(List<ImportRow> rows, int page, int pageCount, int matching, boolean onlyErrors) {

    static final int PAGE_SIZE = 100;

    static PreviewSlice of(List<ImportRow> all, boolean onlyErrors, int requestedPage) {
        List<ImportRow> matching = onlyErrors ? all.stream().filter(r -> !r.valid()).toList() : all;
        int pageCount = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(requestedPage, 1), pageCount);
        int from = (page - 1) * PAGE_SIZE;
        return new PreviewSlice(matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())), page, pageCount, matching.size(),
                onlyErrors);
    }

    static PreviewSlice none() {
        return new PreviewSlice(List.of(), 1, 1, 0, false);
    }

    /** The address of another page of this view, or of the first page of the other view. */
    public String query(int page, boolean errorsOnly) {
        return "?page=" + page + (errorsOnly ? "&loi=1" : "");
    }
}
