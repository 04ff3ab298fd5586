package vn.lantoa.launcher;

import io.micronaut.core.io.service.SoftServiceLoader;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
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
    /** Fewer are made where asked: handing them to other threads would cost more than it saves. */
    private static final int PARALLEL_FROM = 64;

    private final List<String> names;
    private final ClassLoader loader;

    IndexedServices(List<String> names, ClassLoader loader) {
        this.names = List.copyOf(names);
        this.loader = loader;
    }

    @Override
    public Stream<SoftServiceLoader.StaticDefinition<S>> findAll(Predicate<String> condition) {
        return names.stream().filter(condition).map(name -> {
            Class<S> type = type(name);
            return type == null ? null : SoftServiceLoader.StaticDefinition.of(name, type);
        }).filter(Objects::nonNull);
    }

    /**
     * Like Micronaut's own loader: where the common pool has more than one thread, the classes are made on it in
     * parallel (their static initialisers build each bean's metadata: most of the cost), and kept in the index's order.
     */
    @Override
    public List<S> load(Predicate<String> condition, Predicate<S> predicate) {
        List<String> wanted = names.stream().filter(condition).toList();
        int parallelism = ForkJoinPool.getCommonPoolParallelism();
        if (parallelism < 2 || wanted.size() < PARALLEL_FROM) {
            return made(wanted, predicate);
        }
        int chunks = parallelism * 4;
        List<ForkJoinTask<List<S>>> tasks = new ArrayList<>(chunks);
        for (int chunk = 0; chunk < chunks; chunk++) {
            List<String> part = wanted.subList(wanted.size() * chunk / chunks, wanted.size() * (chunk + 1) / chunks);
            tasks.add(ForkJoinPool.commonPool().submit(() -> made(part, predicate)));
        }
        List<S> services = new ArrayList<>(wanted.size());
        for (ForkJoinTask<List<S>> task : tasks) {
            services.addAll(task.join());
        }
        return services;
    }

    private List<S> made(List<String> wanted, Predicate<S> predicate) {
        List<S> services = new ArrayList<>(wanted.size());
        for (String name : wanted) {
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
