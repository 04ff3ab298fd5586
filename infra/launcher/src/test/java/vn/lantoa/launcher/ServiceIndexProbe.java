package vn.lantoa.launcher;

import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.core.convert.TypeConverterRegistrar;
import io.micronaut.core.io.service.MicronautMetaServiceLoaderUtils;
import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.inject.BeanDefinitionReference;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/** Run by {@link ServiceIndexTest} in a JVM of its own: installs the index, then asks Micronaut for two services. */
public final class ServiceIndexProbe {

    private ServiceIndexProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("compare")) {
            // Micronaut's own look and the index's loader, each in parallel on the common pool.
            ClassLoader loader = ServiceIndexProbe.class.getClassLoader();
            List<String> own = MicronautMetaServiceLoaderUtils.findMetaMicronautServiceEntries(loader, BeanDefinitionReference.class, null)
                    .stream().map(reference -> reference.getClass().getName()).toList();
            List<String> indexed = new IndexedServices<BeanDefinitionReference>(
                    ServiceIndex.read(Path.of(args[1])).get(BeanDefinitionReference.class.getName()), loader).load(null)
                    .stream().map(reference -> reference.getClass().getName()).toList();
            System.out.println("parallelism " + ForkJoinPool.getCommonPoolParallelism());
            System.out.println("definitions " + own.size());
            System.out.println("same " + own.equals(indexed));
            return;
        }
        System.out.println("installed " + ServiceIndex.install(ServiceIndexProbe.class.getClassLoader()));
        SoftServiceLoader.load(TypeConverterRegistrar.class).collectAll()
                .forEach(registrar -> System.out.println(registrar.getClass().getName()));
        System.out.println("configurers " + SoftServiceLoader.load(ApplicationContextConfigurer.class).collectAll().size());
    }
}
