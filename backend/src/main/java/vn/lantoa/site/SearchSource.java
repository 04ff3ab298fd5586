package vn.lantoa.site;

import java.time.Instant;
import java.util.List;

/**
 * Published content of another capability that the site's search also finds (the desk's Hỏi đáp). It lives here, and
 * the other capability implements it, so the site never depends on what it searches.
 */
public interface SearchSource {

    /** Candidates whose folded text holds the pattern (SQL LIKE), at most limit of them. */
    List<Entry> candidates(long unitId, String pattern, int limit);

    /**
     * One candidate: its title, its path on the site ("/hoi-dap/12"), the message key of its kind, when it was published,
     * its folded search text, its folded title (for scoring) and the text the snippet is cut from.
     */
    record Entry(String title, String path, String kindKey, Instant publishedAt, String searchText, String foldedTitle, String text) {
    }
}
