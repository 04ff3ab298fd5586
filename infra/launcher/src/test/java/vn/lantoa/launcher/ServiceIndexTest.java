package vn.lantoa.launcher;

import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.core.beans.BeanIntrospectionReference;
import io.micronaut.core.convert.TypeConverterRegistrar;
import io.micronaut.core.io.service.MicronautMetaServiceLoaderUtils;
import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.inject.BeanConfiguration;
import io.micronaut.inject.BeanDefinitionReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's index of Micronaut's services, against what Micronaut finds by itself in the same jars. */
class ServiceIndexTest {

    @TempDir
    Path target;

    @Test
    void theIndexGivesMicronautTheSameServicesInTheSameOrderAsItsOwnLook() throws Exception {
        Path index = target.resolve(ServiceIndex.FILE);
        ServiceIndex.write(index, "test", ServiceIndex.scan(testClassPath()));
        Map<String, List<String>> read = ServiceIndex.read(index);
        ClassLoader loader = getClass().getClassLoader();

        for (Class<?> meta : List.of(BeanDefinitionReference.class, BeanConfiguration.class)) {
            List<String> own = names(MicronautMetaServiceLoaderUtils.findMetaMicronautServiceEntries(loader, meta, null));
            assertThat(own).as(meta.getName()).isNotEmpty();
            assertThat(names(new IndexedServices<>(read.get(meta.getName()), loader).load(null))).as(meta.getName()).isEqualTo(own);
        }
        for (Class<?> standard : List.of(TypeConverterRegistrar.class, PropertySourceLoader.class, BeanIntrospectionReference.class)) {
            List<String> own = names(SoftServiceLoader.load(standard, loader).collectAll());
            assertThat(own).as(standard.getName()).isNotEmpty();
            assertThat(names(new IndexedServices<>(read.get(standard.getName()), loader).load(null))).as(standard.getName()).isEqualTo(own);
        }
        assertThat(read.get(BeanDefinitionReference.class.getName())).hasSizeGreaterThan(1000);
    }

    @Test
    void aServiceTheJarsDoNotOfferHasNoClassesRatherThanALookInEveryJar() {
        ServiceIndex.Complete loaders = new ServiceIndex.Complete(getClass().getClassLoader());
        loaders.put(TypeConverterRegistrar.class.getName(), new IndexedServices<>(List.of("no.such.Registrar"), getClass().getClassLoader()));

        assertThat(loaders.containsKey("io.micronaut.context.ApplicationContextConfigurer")).isTrue();
        assertThat(loaders.get("io.micronaut.context.ApplicationContextConfigurer").load(null)).isEmpty();
        // A class the jars no longer hold is left out, as Micronaut leaves it out.
        assertThat(loaders.get(TypeConverterRegistrar.class.getName()).load(null)).isEmpty();
        assertThat(loaders.get(TypeConverterRegistrar.class.getName()).findAll(name -> true)).isEmpty();
    }

    @Test
    void theBuildIndexesTheLaunchersJarsInClassPathOrderAndAStartUsesItOnlyForThoseJars() throws Exception {
        Path jar = launcher("lib/first.jar lib/second.jar");
        jarWith(target.resolve("lib/first.jar"), Map.of(
                "META-INF/services/vn.example.Plugin", "vn.example.FirstPlugin\n# a comment\n",
                "META-INF/micronaut/vn.example.Bean/vn.example.$Second$Definition", "",
                "META-INF/micronaut/vn.example.Bean/vn.example.$First$Definition", ""));
        jarWith(target.resolve("lib/second.jar"), Map.of(
                "META-INF/services/vn.example.Plugin", "vn.example.SecondPlugin\n",
                "META-INF/micronaut/vn.example.Bean/vn.example.$First$Definition", "",
                "META-INF/micronaut/vn.example.Bean/vn.example.$Third$Definition", ""));

        ServiceIndex.main(new String[] {target.toString()});

        Path index = target.resolve(ServiceIndex.FILE);
        Map<String, List<String>> read = ServiceIndex.read(index);
        assertThat(read.keySet()).containsExactly("vn.example.Plugin", "vn.example.Bean");
        assertThat(read.get("vn.example.Plugin")).containsExactly("vn.example.FirstPlugin", "vn.example.SecondPlugin");
        // Each bean once, in the order Micronaut's own walk of each jar gives (the first test checks that order).
        assertThat(read.get("vn.example.Bean"))
                .containsExactlyInAnyOrder("vn.example.$First$Definition", "vn.example.$Second$Definition", "vn.example.$Third$Definition");
        assertThat(ServiceIndex.flag(Optional.of(jar), BuildOutput.describeClassPath(jar.toString()))).contains("-D" + ServiceIndex.PROPERTY + "=" + index);

        jarWith(target.resolve("lib/second.jar"), Map.of("META-INF/services/vn.example.Plugin", "vn.example.OtherPlugin\n"));
        assertThat(ServiceIndex.flag(Optional.of(jar), BuildOutput.describeClassPath(jar.toString()))).as("a jar changed since the index was written").isEmpty();
        ServiceIndex.main(new String[] {target.toString()});
        assertThat(ServiceIndex.flag(Optional.of(jar), BuildOutput.describeClassPath(jar.toString()))).isPresent();
        Files.delete(index);
        assertThat(ServiceIndex.flag(Optional.of(jar), BuildOutput.describeClassPath(jar.toString()))).isEmpty();
        assertThat(ServiceIndex.flag(Optional.empty(), "")).as("Lantoa run from a build's classes, not the launcher's jar").isEmpty();
    }

    @Test
    void lantoasJvmHandsTheIndexToMicronautBeforeItFirstLooks() throws Exception {
        // An index that lists one type converter registrar of the eleven: Micronaut then makes that one only.
        Path index = target.resolve(ServiceIndex.FILE);
        ServiceIndex.write(index, "test", Map.of(TypeConverterRegistrar.class.getName(),
                List.of("io.micronaut.http.converters.SharedHttpConvertersRegistrar")));

        assertThat(probe("-D" + ServiceIndex.PROPERTY + "=" + index)).containsExactly(
                "installed true", "io.micronaut.http.converters.SharedHttpConvertersRegistrar", "configurers 0");
        List<String> without = probe("-Dlantoa.probe=none");
        assertThat(without.get(0)).isEqualTo("installed false");
        assertThat(without).hasSizeGreaterThan(4).contains("io.micronaut.http.converters.SharedHttpConvertersRegistrar");
    }

    @Test
    void onACommonPoolOfTwoThreadsTheIndexMakesTheBeanDefinitionsInParallelAndInMicronautsOrder() throws Exception {
        Path index = target.resolve(ServiceIndex.FILE);
        ServiceIndex.write(index, "test", ServiceIndex.scan(testClassPath()));

        List<String> compared = probe("-Djava.util.concurrent.ForkJoinPool.common.parallelism=2", "compare", index.toString());

        assertThat(compared.get(0)).isEqualTo("parallelism 2");
        assertThat(Integer.parseInt(compared.get(1).substring("definitions ".length()))).isGreaterThan(1000);
        assertThat(compared.get(2)).isEqualTo("same true");
    }

    /** Runs {@link ServiceIndexProbe} in a JVM of its own: installing the index is for a whole JVM. */
    private static List<String> probe(String flag, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), flag,
                "-cp", System.getProperty("java.class.path"), ServiceIndexProbe.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> !line.startsWith("SLF4J")).toList();
    }

    private Path launcher(String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Path jar = target.resolve("lantoa-launcher.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // A manifest only: the launcher's own classes offer no services.
        }
        Files.createDirectories(target.resolve("lib"));
        return jar;
    }

    private static void jarWith(Path jar, Map<String, String> files) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // With its folders, as Maven writes a jar: Micronaut finds META-INF/micronaut/ as a folder's resource.
            Set<String> folders = new TreeSet<>();
            for (String name : files.keySet()) {
                for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                    folders.add(name.substring(0, slash + 1));
                }
            }
            for (String folder : folders) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new JarEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    /** This JVM's class path: the entries, or those a test runner's manifest-only jar lists. */
    private static List<Path> testClassPath() throws IOException {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            return ServiceIndex.classPathOf(Path.of(entries[0]));
        }
        List<Path> paths = new ArrayList<>();
        for (String entry : entries) {
            paths.add(Path.of(entry));
        }
        return paths;
    }

    private static List<String> names(List<?> services) {
        return services.stream().map(service -> service.getClass().getName()).toList();
    }
}
