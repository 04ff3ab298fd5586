package vn.lantoa.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message exists in Vietnamese and in English, with the same placeholders (petclinic's I18nPropertiesSyncTest). */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\(\"([a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");

        assertThat(en.stringPropertyNames()).as("keys missing in English").containsAll(vi.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).as("keys missing in Vietnamese").containsAll(en.stringPropertyNames());
    }

    @Test
    void everyMessageHasTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        for (String key : vi.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key, ""))).as("placeholders of " + key).isEqualTo(placeholders(vi.getProperty(key)));
        }
    }

    @Test
    void everyKeyTheTemplatesAndCodeAskForExists() throws IOException {
        Properties vi = load("messages_vi.properties");
        Path root = Path.of(System.getProperty("lantoa.repo.root", ".."));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(root.resolve("frontend-templates")), Files.walk(root.resolve("backend/src/main/java")))) {
            files.filter(p -> p.toString().endsWith(".jte") || p.toString().endsWith(".java")).forEach(p -> {
                try {
                    Matcher m = LITERAL_KEY.matcher(Files.readString(p));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        assertThat(used).isNotEmpty();
        assertThat(vi.stringPropertyNames()).as("message keys used in templates and code").containsAll(used);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
