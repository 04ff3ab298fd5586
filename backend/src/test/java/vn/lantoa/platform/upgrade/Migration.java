package vn.lantoa.platform.upgrade;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One versioned Flyway migration as the build ships it (target/classes/db/migration): an SQL file, or a Java
 * migration's class (package db.migration).
 */
record Migration(String version, Path file) {

    private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^$]+\\.(sql|class)");

    String name() {
        return file.getFileName().toString();
    }

    MigrationVersion flywayVersion() {
        return MigrationVersion.fromVersion(version);
    }

    boolean java() {
        return name().endsWith(".class");
    }

    /** An instance of a Java migration. */
    JavaMigration instance() {
        try {
            return (JavaMigration) Class.forName("db.migration." + name().substring(0, name().length() - ".class".length()))
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create the Java migration " + name(), e);
        }
    }

    /** The SQL of the migration; empty for a Java migration, which the rule cannot read. */
    String text() {
        if (java()) {
            return "";
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's migrations, in version order. */
    static List<Migration> ofApplication() {
        return in(classpathFolder("db/migration"));
    }

    static Path classpathFolder(String name) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("No folder " + name + " on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Migration> in(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> {
                        Matcher m = NAME.matcher(f.getFileName().toString());
                        return m.matches() ? new Migration(m.group(1).replace('_', '.'), f) : null;
                    })
                    .filter(java.util.Objects::nonNull)
                    .sorted(Comparator.comparing(Migration::flywayVersion))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
