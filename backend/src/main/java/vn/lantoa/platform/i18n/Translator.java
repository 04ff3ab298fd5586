package vn.lantoa.platform.i18n;

import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of one language. Templates call {@code t("key", args)}; a missing key shows as ??key?? so it
 * is seen on the page, and a test keeps the Vietnamese and English bundles in step.
 */
public final class Translator {

    public static final String BUNDLE = "i18n.messages";
    private final Locale locale;
    private final ResourceBundle bundle;
    private final char grouping;

    Translator(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
        this.grouping = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
    }

    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        String quick = substituted(pattern, args);
        return quick != null ? quick : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /**
     * The message with its plain {0}…{9} filled with texts and whole numbers, written as MessageFormat writes them
     * ("1.234" in Vietnamese); null when the pattern or an argument needs MessageFormat itself (a typed placeholder
     * such as {0,date}, a fraction, a date). A page such as a province's dashboard says "đúng hạn 87%" for each of
     * thousands of cells: parsing the pattern and making a number format each time was a sixth of its rendering.
     */
    String substituted(String pattern, Object[] args) {
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof Byte)) {
                return null;
            }
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                if (i + 2 >= pattern.length() || pattern.charAt(i + 2) != '}' || !Character.isDigit(pattern.charAt(i + 1))) {
                    return null;
                }
                int n = pattern.charAt(i + 1) - '0';
                if (n < args.length) {
                    Object arg = args[n];
                    if (arg instanceof String text) {
                        out.append(text);
                    } else {
                        grouped(out, ((Number) arg).longValue());
                    }
                } else {
                    out.append('{').append(n).append('}');
                }
                i += 3;
            } else if (c == '}') {
                return null;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private void grouped(StringBuilder out, long value) {
        String digits = Long.toString(value);
        int start = value < 0 ? 1 : 0;
        if (start == 1) {
            out.append('-');
        }
        int length = digits.length() - start;
        for (int k = 0; k < length; k++) {
            if (k > 0 && (length - k) % 3 == 0) {
                out.append(grouping);
            }
            out.append(digits.charAt(start + k));
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }
}
