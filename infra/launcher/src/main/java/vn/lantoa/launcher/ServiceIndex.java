package vn.lantoa.launcher;

import io.micronaut.core.io.service.MicronautMetaServiceLoaderUtils;
import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.core.optim.StaticOptimizations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Micronaut's services (its bean definitions, type converters, property source loaders...) as the build found them in
 * the launcher's jars, so that Lantoa's JVM need not look for them in 226 jars at every start.
 * <p>
 * Micronaut finds them at start-up: it opens every jar holding META-INF/micronaut/ as a zip file system and walks it,
 * and reads META-INF/services/ files through the class loader, which looks in every jar. That cost about 0.15-0.3 s of
 * the start's own thread. The build writes the same names, in the order Micronaut would find them, next to the
 * launcher's jar ({@link #main}); a start whose jars are the ones it was written for hands them to Micronaut as its
 * static service loaders ({@link #install}). The classes are loaded and made as Micronaut does it, each when asked for,
 * and their requirements are checked at run time as before, so a bean switched on by a setting of this start still is.
 * Any other jars (another build, a jar changed by hand) and the index is not used: Micronaut looks as before.
 */
final class ServiceIndex {

    /** Set on Lantoa's JVM, to the index, when it fits the jars. */
    static final String PROPERTY = "lantoa.launcher.service-index";
    static final String FILE = "lantoa-services.idx";
    private static final String SERVICES = "META-INF/services/";
    private static final String JARS = "jars ";

    private ServiceIndex() {
    }

    /** Build time: {@code ServiceIndex <target folder>}, after the launcher's jar and its lib folder are made. */
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).toAbsolutePath().resolve("lantoa-launcher.jar");
        Path index = jar.resolveSibling(FILE);
        Map<String, List<String>> services = scan(classPathOf(jar));
        write(index, BuildOutput.checksum(BuildOutput.describeClassPath(jar.toString())), services);
        System.out.printf("Service index: %d services, %d entries: %s%n", services.size(),
                services.values().stream().mapToInt(List::size).sum(), index);
    }

    /** The launcher's jar, then the jars its manifest lists, in that order: the class path of Lantoa's JVM. */
    static List<Path> classPathOf(Path jar) throws IOException {
        List<Path> entries = new ArrayList<>();
        entries.add(jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            String listed = file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (listed != null) {
                for (String entry : listed.strip().split("\\s+")) {
                    // Relative to the jar, as Maven writes them; a test runner's manifest-only jar lists file: URLs.
                    entries.add(entry.startsWith("file:") ? Path.of(URI.create(entry)) : jar.resolveSibling(entry).normalize());
                }
            }
        }
        return entries;
    }

    /**
     * Every service of the class path: for each, the classes META-INF/services/ files list (jar by jar, each file's names
     * in the order Micronaut reads them: a hash set's), then its META-INF/micronaut/ names, found by Micronaut's own
     * walk over these jars, so in its order.
     */
    static Map<String, List<String>> scan(List<Path> classPath) throws IOException {
        Map<String, List<String>> services = new LinkedHashMap<>();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry.resolve(SERVICES))) {
                try (Stream<Path> files = Files.list(entry.resolve(SERVICES))) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            services.computeIfAbsent(file.getFileName().toString(), s -> new ArrayList<>()).addAll(serviceNames(in));
                        }
                    }
                }
            } else if (Files.isRegularFile(entry)) {
                try (JarFile jar = new JarFile(entry.toFile(), false)) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry file = entries.nextElement();
                        String name = file.getName();
                        if (!file.isDirectory() && name.startsWith(SERVICES) && name.length() > SERVICES.length()
                                && name.indexOf('/', SERVICES.length()) < 0) {
                            try (InputStream in = jar.getInputStream(file)) {
                                services.computeIfAbsent(name.substring(SERVICES.length()), s -> new ArrayList<>()).addAll(serviceNames(in));
                            }
                        }
                    }
                }
            }
        }
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = classPath.get(i).toUri().toURL();
        }
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            MicronautMetaServiceLoaderUtils.findAllMicronautMetaServices(loader)
                    .forEach((service, names) -> services.computeIfAbsent(service, s -> new ArrayList<>()).addAll(names));
        }
        return services;
    }

    /** A META-INF/services file's class names, as Micronaut reads them: comments dropped, in a hash set's order. */
    static Collection<String> serviceNames(InputStream in) throws IOException {
        Set<String> names = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int comment = line.indexOf('#');
            names.add(comment > -1 ? line.substring(0, comment) : line);
        }
        return names;
    }

    static void write(Path index, String checksum, Map<String, List<String>> services) throws IOException {
        StringBuilder text = new StringBuilder(JARS).append(checksum).append('\n');
        services.forEach((service, names) -> text.append(service).append('\t').append(String.join(" ", names)).append('\n'));
        BuildOutput.writeWhole(index, text.toString());
    }

    /**
     * The flag for Lantoa's JVM, when the index next to the launcher's jar was written for exactly the class path
     * described ({@link BuildOutput#describeClassPath}): the launcher's jar alone, with its lib folder.
     */
    static Optional<String> flag(Optional<Path> launcherJar, String classPath) {
        if (launcherJar.isEmpty()) {
            return Optional.empty();
        }
        Path index = launcherJar.get().resolveSibling(FILE);
        try {
            if (!Files.isRegularFile(index)) {
                return Optional.empty();
            }
            try (BufferedReader reader = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
                String first = reader.readLine();
                return first != null && first.equals(JARS + BuildOutput.checksum(classPath))
                        ? Optional.of("-D" + PROPERTY + "=" + index) : Optional.empty();
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The services an index lists (after its first line), each with its classes in order. */
    static Map<String, List<String>> read(Path index) throws IOException {
        Map<String, List<String>> services = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                String names = line.substring(tab + 1).strip();
                services.put(line.substring(0, tab), names.isEmpty() ? List.of() : List.of(names.split(" ")));
            }
        }
        return services;
    }

    /**
     * In Lantoa's JVM, before Micronaut first looks for a service: hands it the index named by {@link #PROPERTY}, if
     * any. Returns whether it did; when it cannot (no index, unreadable, or Micronaut already looked), Micronaut looks in
     * the jars as before.
     */
    static boolean install(ClassLoader loader) {
        String index = System.getProperty(PROPERTY);
        if (index == null) {
            return false;
        }
        try {
            Complete loaders = new Complete(loader);
            read(Path.of(index)).forEach((service, names) -> loaders.put(service, new IndexedServices<>(names, loader)));
            StaticOptimizations.set(new SoftServiceLoader.Optimizations(loaders));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The index holds every service these jars offer, so a service it does not list has no classes: Micronaut gets an
     * empty loader for it rather than none (with none it would look in every jar, to find nothing).
     */
    static final class Complete extends LinkedHashMap<String, SoftServiceLoader.StaticServiceLoader<?>> {

        private final transient IndexedServices<Object> none;

        Complete(ClassLoader loader) {
            this.none = new IndexedServices<>(List.of(), loader);
        }

        @Override
        public SoftServiceLoader.StaticServiceLoader<?> get(Object service) {
            return getOrDefault(service, none);
        }

        @Override
        public boolean containsKey(Object service) {
            return true;
        }
    }
}
