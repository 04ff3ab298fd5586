package vn.lantoa.launcher;

import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.core.convert.TypeConverterRegistrar;
import io.micronaut.core.io.service.SoftServiceLoader;

/** Run by {@link ServiceIndexTest} in a JVM of its own: installs the index, then asks Micronaut for two services. */
public final class ServiceIndexProbe {

    private ServiceIndexProbe() {
    }

    public static void main(String[] args) {
        System.out.println("installed " + ServiceIndex.install(ServiceIndexProbe.class.getClassLoader()));
        SoftServiceLoader.load(TypeConverterRegistrar.class).collectAll()
                .forEach(registrar -> System.out.println(registrar.getClass().getName()));
        System.out.println("configurers " + SoftServiceLoader.load(ApplicationContextConfigurer.class).collectAll().size());
    }
}
