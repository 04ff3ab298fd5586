package vn.lantoa.desk.qa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a citizen's personal data out of a text meant for the public: their name as they gave it (and the given name
 * alone when written with its capital, "chị Hoa"), every e-mail address and every phone number found in the text (the
 * ones they gave and any other), each replaced by a mark. What was taken out is listed for the person who reviews the
 * text before publishing: stripping by rule misses what it cannot recognise (an address, a class, a neighbour's name).
 */
final class PersonalData {

    static final String MARK = "[đã ẩn]";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** Vietnamese numbers: 0 or +84 then 8 to 10 digits, grouped by spaces, dots or dashes ("0912 345 678", "+84 24.3869.4999"). */
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{N}\\p{L}])(?:\\+?84|0)(?:[ .\\-]?\\p{N}){8,10}(?![\\p{N}\\p{L}])");

    private PersonalData() {
    }

    /** The text with personal data marked out, and what was taken out (each once, in the order found). */
    record Stripped(String text, List<String> removed) {
    }

    static Stripped strip(String text, Collection<String> names) {
        if (text == null) {
            return new Stripped("", List.of());
        }
        Set<String> removed = new LinkedHashSet<>();
        String out = replace(text, EMAIL, removed);
        out = replace(out, PHONE, removed);
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String full = name.strip().replaceAll("\\s+", " ");
            out = replace(out, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(full).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), removed);
            String[] words = full.split(" ");
            String given = words[words.length - 1];
            if (words.length > 1 && given.length() > 1 && Character.isUpperCase(given.charAt(0))) {
                out = replace(out, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(given) + "(?![\\p{L}\\p{N}])"), removed);
            }
        }
        return new Stripped(out, new ArrayList<>(removed));
    }

    private static String replace(String text, Pattern pattern, Set<String> removed) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            removed.add(m.group().strip());
            m.appendReplacement(sb, Matcher.quoteReplacement(MARK));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
