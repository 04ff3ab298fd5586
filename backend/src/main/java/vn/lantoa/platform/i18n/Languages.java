package vn.lantoa.platform.i18n;

import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Vietnamese first, English second; the choice is kept in the lantoa_lang cookie. */
@Singleton
public class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private final LocaleResolver<HttpRequest<?>> localeResolver;
    private final Map<Locale, Translator> translators = new ConcurrentHashMap<>();

    Languages(LocaleResolver<HttpRequest<?>> localeResolver) {
        this.localeResolver = localeResolver;
    }

    public Translator of(HttpRequest<?> request) {
        Locale wanted = request == null ? VIETNAMESE : localeResolver.resolveOrDefault(request);
        return of(wanted);
    }

    public Translator of(Locale wanted) {
        Locale locale = ENGLISH.getLanguage().equals(wanted.getLanguage()) ? ENGLISH : VIETNAMESE;
        return translators.computeIfAbsent(locale, l -> new Translator(l, load(l)));
    }

    public Translator vietnamese() {
        return of(VIETNAMESE);
    }

    private static ResourceBundle load(Locale locale) {
        // No fallback to the JVM's default locale: an English server must still serve Vietnamese pages.
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return ResourceBundle.getBundle(Translator.BUNDLE, locale, control);
        } catch (java.util.MissingResourceException e) {
            return ResourceBundle.getBundle(Translator.BUNDLE, VIETNAMESE, control);
        }
    }
}
