package vn.lantoa.platform.upgrade;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The statements the current code sends: what micronaut-data generated for each repository method, and SQL constants. */
final class CurrentQueries {

    private static final Pattern SQL = Pattern.compile("(?is)^\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH)\\s.*");

    private CurrentQueries() {
    }

    /** Every query in the annotation metadata of every @JdbcRepository bean's methods, keyed repository#method(types). */
    static List<ReleaseQueries.Statement> ofRepositories(ApplicationContext context) {
        List<ReleaseQueries.Statement> found = new ArrayList<>();
        for (BeanDefinition<?> bean : context.getBeanDefinitions(Object.class)) {
            if (!bean.hasStereotype(JdbcRepository.class)) {
                continue;
            }
            String repository = repositoryName(bean.getBeanType());
            for (ExecutableMethod<?, ?> method : bean.getExecutableMethods()) {
                AnnotationValue<Query> query = method.getAnnotation(Query.class);
                if (query == null) {
                    continue;
                }
                String key = repository + "#" + method.getMethodName() + "(" + Arrays.stream(method.getArgumentTypes())
                        .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
                query.stringValue("rawQuery").or(query::stringValue)
                        .ifPresent(sql -> found.add(new ReleaseQueries.Statement(key, sql)));
                query.stringValue("rawCountQuery").or(() -> query.stringValue("countQuery"))
                        .ifPresent(sql -> found.add(new ReleaseQueries.Statement(key + " count", sql)));
            }
        }
        found.sort(Comparator.comparing(ReleaseQueries.Statement::key).thenComparing(ReleaseQueries.Statement::sql));
        return found;
    }

    private static String repositoryName(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.isAnnotationPresent(JdbcRepository.class)) {
                    return i.getName();
                }
            }
            if (c.isAnnotationPresent(JdbcRepository.class)) {
                return c.getName();
            }
        }
        return type.getName();
    }

    /**
     * The complete SQL statements among the string constants of the application's own classes (hand-written SQL run
     * through JdbcOperations), keyed by the top-level class. Pieces of statements built at run time are among them too;
     * the caller keeps only those that prepare.
     */
    static List<ReleaseQueries.Statement> ofConstants(Path classes) {
        Set<ReleaseQueries.Statement> found = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (!name.startsWith("vn.lantoa.") || name.contains("$Definition") || name.contains("$Introspection")
                        || name.contains("$Intercepted") || isRepository(name)) {
                    continue;
                }
                String owner = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
                for (String constant : utf8Constants(file)) {
                    if (SQL.matcher(constant).matches() && constant.indexOf('\u0001') < 0 && constant.indexOf('\u0002') < 0) {
                        found.add(new ReleaseQueries.Statement(owner, constant));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream().sorted(Comparator.comparing(ReleaseQueries.Statement::key).thenComparing(ReleaseQueries.Statement::sql)).toList();
    }

    private static boolean isRepository(String className) {
        try {
            return Class.forName(className, false, CurrentQueries.class.getClassLoader()).isAnnotationPresent(JdbcRepository.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The CONSTANT_Utf8 entries of a class file's constant pool (JVMS 4.4), where string literals live. */
    private static List<String> utf8Constants(Path classFile) throws IOException {
        List<String> strings = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            in.skipBytes(8);
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(in.readUTF());
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    default -> throw new IOException("Unknown constant pool tag " + tag + " in " + classFile);
                }
            }
        }
        return strings;
    }
}
