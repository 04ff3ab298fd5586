package vn.lantoa.site;

import jakarta.inject.Singleton;
import org.jsoup.Jsoup;
import vn.lantoa.disclosure.DisclosureItem;
import vn.lantoa.disclosure.DisclosureReads;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.OfficialDocument;
import vn.lantoa.newsroom.OfficialDocumentRepository;
import vn.lantoa.platform.text.VietnameseText;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Search within one site, blind to tone marks and punctuation: "ky thi tot nghiep" finds "Kỳ thi tốt nghiệp", "học
 * phí," finds the school's Công khai on fees, "daklak" finds "Đắk Lắk". Stored search_text is already folded; the
 * database narrows by the longest word with the text's spaces taken out, then every word must stand in the text (see
 * {@link SearchQuery}). One site holds thousands of items, not millions, so this stays fast without a search engine;
 * Công khai items are a few hundred per school at most and are matched in memory.
 */
@Singleton
class SiteSearch {

    static final int MAX_HITS = 30;
    private static final int CANDIDATES = 400;
    private static final int SNIPPET = 220;

    private final ArticleRepository articles;
    private final OfficialDocumentRepository documents;
    private final DisclosureReads disclosure;
    private final List<SearchSource> sources;

    SiteSearch(ArticleRepository articles, OfficialDocumentRepository documents, DisclosureReads disclosure, List<SearchSource> sources) {
        this.sources = sources;
        this.articles = articles;
        this.documents = documents;
        this.disclosure = disclosure;
    }

    List<SitePages.SearchHit> find(SiteView site, String typed) {
        SearchQuery query = SearchQuery.parse(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        long unitId = site.frame().unit().id();
        String pattern = "%" + query.longest() + "%";
        List<Scored> found = new ArrayList<>();
        for (Article a : articles.searchPublished(unitId, pattern, CANDIDATES)) {
            query.find(a.searchText()).ifPresent(phrases -> {
                String text = (a.summary() == null ? "" : a.summary() + " ") + Jsoup.parse(a.bodyHtml()).text();
                found.add(new Scored(score(VietnameseText.fold(a.title()), a.searchText(), phrases), found.size(), new SitePages.SearchHit(a.title(),
                        site.articleUrl(a), a.kind() == ArticleKind.PAGE ? "site.search.page" : "site.search.news", site.date(a.publishedAt()),
                        snippet(text, phrases))));
            });
        }
        for (OfficialDocument d : documents.searchPublished(unitId, pattern, CANDIDATES)) {
            query.find(d.searchText()).ifPresent(phrases -> found.add(new Scored(score(VietnameseText.fold(d.number() + " " + d.summary()),
                    d.searchText(), phrases), found.size(), new SitePages.SearchHit(d.number(), site.url("/van-ban/" + d.id()),
                    "site.search.document", site.date(d.docDate()), snippet(d.summary() + " (" + d.issuer() + ")", phrases)))));
        }
        for (SearchSource source : sources) {
            for (SearchSource.Entry e : source.candidates(unitId, pattern, CANDIDATES)) {
                query.find(e.searchText()).ifPresent(phrases -> found.add(new Scored(score(e.foldedTitle(), e.searchText(), phrases), found.size(),
                        new SitePages.SearchHit(e.title(), site.url(e.path()), e.kindKey(), site.date(e.publishedAt()), snippet(e.text(), phrases)))));
            }
        }
        if (site.frame().hasDisclosure()) {
            for (DisclosureItem item : disclosure.current(unitId)) {
                String label = site.t(item.requirement().labelKey());
                String text = label + ". " + (item.body() == null ? "" : item.body());
                String folded = VietnameseText.fold(item.title() + " " + text);
                query.find(folded).ifPresent(phrases -> found.add(new Scored(score(VietnameseText.fold(item.title()), folded, phrases),
                        found.size(), new SitePages.SearchHit(item.title(), site.url("/cong-khai#" + SitePages.DisclosureRow.anchor(item.requirement())),
                        "site.search.disclosure", site.date(item.publishedAt()), snippet(text, phrases)))));
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::order)).limit(MAX_HITS)
                .map(Scored::hit).toList();
    }

    private record Scored(int score, int order, SitePages.SearchHit hit) {
    }

    static int indexOfWord(String haystack, String word, int from) {
        for (int at = haystack.indexOf(word, from); at >= 0; at = haystack.indexOf(word, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            int end = at + word.length();
            boolean endsWord = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }

    /** Items with the words together, or in their title, come first; otherwise newest first. */
    private static int score(String foldedTitle, String foldedText, List<String> phrases) {
        String phrase = String.join(" ", phrases);
        int score = 0;
        if (indexOfWord(foldedTitle, phrase, 0) >= 0) {
            score += 4;
        }
        if (indexOfWord(foldedText, phrase, 0) >= 0) {
            score += 2;
        }
        if (phrases.stream().allMatch(p -> indexOfWord(foldedTitle, p, 0) >= 0)) {
            score += 1;
        }
        return score;
    }

    /**
     * A window of the text around the first match, with every matched word marked. The text is folded letter by
     * letter, so a position in the folded text is the same position in the original.
     */
    static List<SitePages.Fragment> snippet(String original, List<String> phrases) {
        String text = Normalizer.normalize(original.replaceAll("\\s+", " ").strip(), Normalizer.Form.NFC);
        char[] folded = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            String f = VietnameseText.fold(String.valueOf(text.charAt(i)));
            folded[i] = f.length() == 1 ? f.charAt(0) : Character.toLowerCase(text.charAt(i));
        }
        String haystack = new String(folded);
        boolean[] marked = new boolean[text.length()];
        int first = -1;
        for (String w : phrases) {
            for (int at = indexOfWord(haystack, w, 0); at >= 0; at = indexOfWord(haystack, w, at + w.length())) {
                Arrays.fill(marked, at, at + w.length(), true);
                first = first < 0 ? at : Math.min(first, at);
            }
        }
        int start = Math.max(0, first < 0 ? 0 : first - SNIPPET / 3);
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        int end = Math.min(text.length(), start + SNIPPET);
        while (end < text.length() && text.charAt(end) != ' ') {
            end++;
        }
        List<SitePages.Fragment> fragments = new ArrayList<>();
        if (start > 0) {
            fragments.add(new SitePages.Fragment("… ", false));
        }
        int run = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || marked[i] != marked[run]) {
                fragments.add(new SitePages.Fragment(text.substring(run, i), marked[run]));
                run = i;
            }
        }
        if (end < text.length()) {
            fragments.add(new SitePages.Fragment(" …", false));
        }
        return fragments;
    }
}
