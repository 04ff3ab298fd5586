package vn.lantoa.onboarding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Line numbers of a text as an editor shows them, from a character's position. */
final class TextLines {

    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    TextLines(String text) {
        this.text = text;
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
    }

    int lineAt(long position) {
        int found = Collections.binarySearch(starts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The first line after {@code line} that has something on it: where the record that failed begins. */
    int nextNonBlank(long line) {
        int next = (int) line + 1;
        while (next < starts.size() && line(next).isBlank()) {
            next++;
        }
        return Math.min(next, starts.size());
    }

    private String line(int number) {
        int from = starts.get(number - 1);
        int to = number < starts.size() ? starts.get(number) : text.length();
        return text.substring(from, to);
    }
}
