package vn.lantoa.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese without tone marks, for slugs and for searches that should find "Lắk" when typed "lak". */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** Lower case, tone marks and diacritics removed, đ as d. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // đ/Đ is a letter of its own, not d plus a combining mark, so NFD leaves it alone.
        String replaced = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(replaced, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The composed form (NFC) of the text: "ờ" as one character, never "ơ" followed by a combining grave. Requests are
     * composed on arrival (platform.web.ComposedInput); this covers what comes another way, such as an imported file.
     */
    public static String composed(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Collapses runs of whitespace, drops control characters and trims, composed; null stays null. */
    public static String squish(String text) {
        return text == null ? null : composed(SPACES.matcher(CONTROL.matcher(text).replaceAll("").strip()).replaceAll(" "));
    }

    /** Multi-line text: keeps line breaks and tabs, drops other control characters, trims; blank is null. */
    public static String multiline(String text) {
        if (text == null) {
            return null;
        }
        String s = composed(CONTROL.matcher(text.replace("\r\n", "\n")).replaceAll("").strip());
        return s.isEmpty() ? null : s;
    }

    /** Runs of whitespace as one space (not trimmed); null stays null. */
    public static String oneSpace(String text) {
        return text == null ? null : SPACES.matcher(text).replaceAll(" ");
    }

    /** Trimmed text, or null when blank: optional form fields are stored as NULL, never as "". */
    public static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String s = squish(text);
        return s.isEmpty() ? null : s;
    }
}
