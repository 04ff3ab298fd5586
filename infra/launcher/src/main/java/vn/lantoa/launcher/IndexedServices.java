package vn.lantoa.launcher;

import io.micronaut.core.io.service.SoftServiceLoader;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One service's classes from the {@link ServiceIndex}, loaded and made as Micronaut's own service loader does it: by
 * name, through their public no-argument constructor, each when asked for; one whose class or a class it needs is
 * missing is left out, as Micronaut leaves it out.
 */
final class IndexedServices<S> implements SoftServiceLoader.StaticServiceLoader<S> {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
    private static final MethodType NO_ARGUMENTS = MethodType.methodType(void.class);

    private final List<String> names;
    private final ClassLoader loader;

    IndexedServices(List<String> names, ClassLoader loader) {
        this.names = List.copyOf(names);
        this.loader = loader;
    }

    List<String> names() {
        return names;
    }

    @Override
    public Stream<SoftServiceLoader.StaticDefinition<S>> findAll(Predicate<String> condition) {
        return names.stream().filter(condition).map(name -> {
            Class<S> type = type(name);
            return type == null ? null : SoftServiceLoader.StaticDefinition.of(name, type);
        }).filter(Objects::nonNull);
    }

    @Override
    public List<S> load(Predicate<String> condition, Predicate<S> predicate) {
        List<S> services = new ArrayList<>(names.size());
        for (String name : names) {
            if (!condition.test(name)) {
                continue;
            }
            S service = make(name);
            if (service != null && (predicate == null || predicate.test(service))) {
                services.add(service);
            }
        }
        return services;
    }

    @SuppressWarnings("unchecked")
    private Class<S> type(String name) {
        try {
            return (Class<S>) Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private S make(String name) {
        try {
            Class<S> type = (Class<S>) Class.forName(name, false, loader);
            return (S) LOOKUP.findConstructor(type, NO_ARGUMENTS).invoke();
        } catch (NoClassDefFoundError | ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            return null;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Could not make the service " + name, e);
        }
    }
}
