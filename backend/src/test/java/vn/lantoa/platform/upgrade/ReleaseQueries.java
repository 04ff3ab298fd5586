package vn.lantoa.platform.upgrade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The statements one release of Lantoa sends to its database, and the migrations its schema had: the snapshot
 * infra/upgrade/release-queries.sql. An instance of that release keeps running while the next release's first instance
 * migrates the database, so every statement here must still prepare on the new schema.
 *
 * <p>The file is one header, then per statement a line {@code -- @ key} (repository#method, or the class whose
 * hand-written SQL it is) and the statement on one line, ending with a semicolon.
 */
record ReleaseQueries(String release, Set<String> schema, List<Statement> statements) {

    static final Path FILE = Path.of("infra", "upgrade", "release-queries.sql");
    private static final String SCHEMA = "-- schema: ";
    private static final String RELEASE = "-- release: ";
    private static final String KEY = "-- @ ";
    private static final Pattern SPACE = Pattern.compile("\\s+");

    record Statement(String key, String sql) {
        Statement {
            sql = SPACE.matcher(sql).replaceAll(" ").trim();
        }
    }

    /** The file in the repository (the tests run in backend/, so the root is one up unless lantoa.repo.root says). */
    static Path inRepository() {
        return Path.of(System.getProperty("lantoa.repo.root", "..")).resolve(FILE).toAbsolutePath().normalize();
    }

    static ReleaseQueries read(Path file) throws IOException {
        String release = "";
        Set<String> schema = new LinkedHashSet<>();
        List<Statement> statements = new ArrayList<>();
        String key = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(RELEASE)) {
                release = line.substring(RELEASE.length()).trim();
            } else if (line.startsWith(SCHEMA)) {
                schema.addAll(List.of(line.substring(SCHEMA.length()).trim().split(" ")));
            } else if (line.startsWith(KEY)) {
                key = line.substring(KEY.length()).trim();
            } else if (key != null && !line.isBlank() && !line.startsWith("--")) {
                statements.add(new Statement(key, line.endsWith(";") ? line.substring(0, line.length() - 1) : line));
                key = null;
            }
        }
        return new ReleaseQueries(release, schema, statements);
    }

    void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder()
                .append("-- The statements this release of Lantoa sends to its database (every micronaut-data repository method, and\n")
                .append("-- the hand-written SQL constants that prepare on its schema), with the migrations its schema has.\n")
                .append("-- During a rolling upgrade, instances of this release run against the next release's schema:\n")
                .append("-- UpgradeCompatibilityTest prepares every statement below after each newer migration (infra/UPGRADES.md).\n")
                .append("-- Generated; regenerate when a release is cut (and after merging migrations), never by hand:\n")
                .append("--   mvn -B -o -q -pl backend -am verify -Dtest=ReleaseQueriesTest -Dlantoa.release.write=true \\\n")
                .append("--       -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true\n")
                .append(RELEASE).append(release).append('\n')
                .append(SCHEMA).append(String.join(" ", schema)).append('\n');
        for (Statement s : statements) {
            out.append('\n').append(KEY).append(s.key()).append('\n').append(s.sql()).append(";\n");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
