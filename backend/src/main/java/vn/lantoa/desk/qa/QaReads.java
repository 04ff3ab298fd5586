package vn.lantoa.desk.qa;

import jakarta.inject.Singleton;
import vn.lantoa.platform.text.VietnameseText;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Published Q&A as the public site reads them, also for the site's search. A query is matched without tone marks or
 * case: the database narrows by the longest word, then every word must stand in the folded text.
 */
@Singleton
public class QaReads {

    private final QaRepository qas;

    QaReads(QaRepository qas) {
        this.qas = qas;
    }

    public Optional<Qa> published(long unitId, long id) {
        return qas.findPublished(unitId, id);
    }

    /** Published Q&A of the unit, newest first, of one topic (null: all) whose text holds every word typed (blank: all). */
    public List<Qa> find(long unitId, String topic, String typed, int limit) {
        String[] words = words(typed);
        if (words.length == 0) {
            return qas.published(unitId, topic, "%", limit);
        }
        String longest = Arrays.stream(words).max(Comparator.comparingInt(String::length)).orElseThrow();
        return qas.published(unitId, topic, "%" + escape(longest) + "%", limit).stream()
                .filter(qa -> matches(qa.searchText(), words))
                .toList();
    }

    /** Candidates for the site's search: published Q&A whose folded text holds the pattern. */
    public List<Qa> searchPublished(long unitId, String pattern, int limit) {
        return qas.published(unitId, null, pattern, limit);
    }

    /** A Q&A's title in lists and search results: the start of its question. */
    public static String title(Qa qa) {
        String q = qa.question().replaceAll("\\s+", " ").strip();
        if (q.length() <= 120) {
            return q;
        }
        int cut = q.lastIndexOf(' ', 120);
        return q.substring(0, cut > 60 ? cut : 120) + "…";
    }

    public List<String> publishedTopics(long unitId) {
        return qas.publishedTopics(unitId);
    }

    static String[] words(String typed) {
        if (typed == null) {
            return new String[0];
        }
        String folded = VietnameseText.fold(typed).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.isEmpty() ? new String[0] : Arrays.stream(folded.split(" ")).limit(8).toArray(String[]::new);
    }

    /**
     * Every word typed stands in the text as a whole word ("an" does not find "tân"), or, for a word of four letters or
     * more, inside one ("tuyensinh" finds "tuyen sinh" written together by the citizen).
     */
    static boolean matches(String folded, String[] words) {
        String text = " " + folded.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return Arrays.stream(words).allMatch(w -> text.contains(" " + w + " ") || (w.length() > 3 && folded.contains(w)));
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
