package vn.lantoa.site;

import vn.lantoa.platform.text.VietnameseText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a visitor typed in a site's search box, as words without tone marks, case or punctuation: "Học phí," and
 * "\"hoc phi\"" are both the words hoc and phi. A word matches a whole word of the text ("an" finds "an toàn", not the
 * "an" inside "Tân"), or several words of the text written together: "daklak" finds "Đắk Lắk", as "dak lak" finds
 * "Daklak".
 */
record SearchQuery(List<String> words) {

    static final int MAX_WORDS = 8;
    /** The search box takes 200 characters; a longer query (a script's) is cut, not refused. */
    private static final int MAX_TYPED = 200;
    /** Syllables people run together: "Hồ Chí Minh", "Bà Rịa Vũng Tàu" are the longest names written as one word. */
    private static final int MAX_JOINED = 4;

    static SearchQuery parse(String typed) {
        if (typed == null) {
            return new SearchQuery(List.of());
        }
        String cut = typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) : typed;
        return new SearchQuery(Arrays.stream(wordsOf(VietnameseText.fold(cut))).limit(MAX_WORDS).toList());
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * The word the database narrows by: the longest, which every match holds once the spaces of the stored text are
     * taken out (it may stand there as "dak lak").
     */
    String longest() {
        return words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    /**
     * Where each word stands in the folded text, as the text writes it ("dak lak" for daklak), or empty when one
     * is missing.
     */
    Optional<List<String>> find(String folded) {
        String[] text = wordsOf(folded);
        Set<String> present = new HashSet<>(Arrays.asList(text));
        List<String> phrases = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            if (present.contains(w)) {
                phrases.add(w);
                i++;
                continue;
            }
            String run = runSpelling(text, w);
            if (run != null) {
                phrases.add(run);
                i++;
                continue;
            }
            int joined = joinedInText(present, i);
            if (joined == 0) {
                return Optional.empty();
            }
            phrases.add(String.join("", words.subList(i, i + joined)));
            i += joined;
        }
        return Optional.of(phrases);
    }

    /** The words of the text that, written together, spell the query's word ("dak lak" for daklak); null for none. */
    private static String runSpelling(String[] text, String word) {
        for (int start = 0; start < text.length; start++) {
            if (text[start].isEmpty() || !word.startsWith(text[start]) || text[start].length() == word.length()) {
                continue;
            }
            StringBuilder spelled = new StringBuilder(text[start]);
            for (int end = start + 1; end < text.length && end - start < MAX_JOINED && spelled.length() < word.length(); end++) {
                spelled.append(text[end]);
                if (!word.startsWith(spelled.toString())) {
                    break;
                }
                if (spelled.length() == word.length()) {
                    return String.join(" ", Arrays.asList(text).subList(start, end + 1));
                }
            }
        }
        return null;
    }

    /** How many of the query's words from {@code from} on the text writes as one word ("dak", "lak" as daklak); 0 for none. */
    private int joinedInText(Set<String> present, int from) {
        StringBuilder joined = new StringBuilder(words.get(from));
        for (int n = 2; n <= MAX_JOINED && from + n <= words.size(); n++) {
            joined.append(words.get(from + n - 1));
            if (present.contains(joined.toString())) {
                return n;
            }
        }
        return 0;
    }

    private static String[] wordsOf(String folded) {
        String trimmed = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
    }
}
