package vn.lantoa.testing;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

/**
 * A second Lantoa instance on the same database for the tests of a class: another application context, started
 * before the class's tests and closed after them. Registered as a static field with {@code @RegisterExtension}, after
 * {@code @MicronautTest}, so the first instance is already up.
 */
public final class SecondInstance implements BeforeAllCallback, AfterAllCallback {

    private ApplicationContext context;

    @Override
    public void beforeAll(ExtensionContext extension) {
        context = ApplicationContext.run(Map.of("micronaut.server.port", -1), "test");
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (context != null && context.isRunning()) {
            context.close();
        }
    }

    /** The second instance's own bean (its own job, its own clock). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
