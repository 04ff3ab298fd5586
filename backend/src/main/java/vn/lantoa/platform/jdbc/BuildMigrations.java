package vn.lantoa.platform.jdbc;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versioned migrations this build carries in one classpath location (SQL scripts and Java migrations), each with
 * the script name and checksum Flyway records for it: the SQL file's name and Flyway's own checksum of its lines, the
 * Java class's name and no checksum.
 */
final class BuildMigrations {

    /** What flyway_schema_history holds for one migration, as Flyway writes it. */
    record Applied(String script, Integer checksum) {
    }

    private static final Pattern SQL = Pattern.compile("V([0-9._]+)__.+\\.sql");
    private static final Pattern JAVA = Pattern.compile("V([0-9._]+)__[^$]+\\.class");

    private BuildMigrations() {
    }

    /**
     * By version; empty when the location cannot be listed (not on the class path, or neither a folder nor a jar), so
     * that the caller leaves the decision to Flyway.
     */
    static Optional<Map<MigrationVersion, Applied>> in(String classpathLocation, ClassLoader loader) throws IOException {
        String folder = classpathLocation.replaceFirst("^classpath:", "").replaceAll("^/|/$", "");
        Map<MigrationVersion, Applied> found = new TreeMap<>();
        for (URL url : Collections.list(loader.getResources(folder))) {
            for (String name : names(url)) {
                Matcher sql = SQL.matcher(name);
                Matcher java = JAVA.matcher(name);
                if (sql.matches()) {
                    ClassPathResource resource = new ClassPathResource(new Location("classpath:" + folder), folder + "/" + name, loader, StandardCharsets.UTF_8);
                    found.put(MigrationVersion.fromVersion(sql.group(1)), new Applied(name, ChecksumCalculator.calculate(resource)));
                } else if (java.matches()) {
                    String className = folder.replace('/', '.') + "." + name.substring(0, name.length() - ".class".length());
                    found.put(MigrationVersion.fromVersion(java.group(1)), new Applied(className, null));
                } else if (name.endsWith(".sql") || name.endsWith(".class") && !name.contains("$")) {
                    // A repeatable or otherwise named migration: this check does not know it, Flyway does.
                    return Optional.empty();
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    /** The file names directly in a classpath folder, whether the folder is on disk (tests) or in a jar (a build). */
    private static List<String> names(URL url) throws IOException {
        if ("file".equals(url.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(p -> p.getFileName().toString()).sorted().toList();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        if ("jar".equals(url.getProtocol()) && url.openConnection() instanceof JarURLConnection connection) {
            String prefix = connection.getEntryName() + "/";
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0 && n.length() > prefix.length())
                        .map(n -> n.substring(prefix.length())).sorted().toList();
            }
        }
        throw new IOException("cannot list " + url);
    }
}
