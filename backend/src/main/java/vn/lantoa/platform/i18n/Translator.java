package vn.lantoa.platform.i18n;

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

    Translator(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
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
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
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
