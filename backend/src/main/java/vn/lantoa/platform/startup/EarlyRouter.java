package vn.lantoa.platform.startup;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.util.StringUtils;
import io.micronaut.web.router.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * Builds the router on a thread of its own while the start's own thread opens the database pool and runs the start-up
 * listeners. Micronaut builds it only after those, when it makes the HTTP server; building it (every route, and the
 * JSON reader and writer of each route's body) is about a sixth of a start's own thread. The server then takes the
 * router this thread made: it is a singleton, and a second thread that asks for it while it is being made waits for it.
 * <p>
 * Only in a start through {@link vn.lantoa.Application#start}, the launcher's and production's, where a server follows;
 * a test's context without one would build a router for nothing. Measured with infra/bench/startup.sh: see README,
 * Performance.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
@Requires(property = EarlyRouter.PROPERTY, value = StringUtils.TRUE)
public final class EarlyRouter {

    public static final String PROPERTY = "lantoa.startup.early-router";
    private static final Logger LOG = LoggerFactory.getLogger(EarlyRouter.class);

    private final CompletableFuture<Router> built = new CompletableFuture<>();

    EarlyRouter(BeanContext context) {
        Thread thread = new Thread(() -> {
            try {
                built.complete(context.getBean(Router.class));
            } catch (RuntimeException e) {
                // The server's own request for the router fails the same way and says why; a context closed while
                // starting ends here too.
                LOG.debug("The router was not built ahead of the server: {}", e.getMessage());
                built.completeExceptionally(e);
            }
        }, "lantoa-early-router");
        thread.setDaemon(true);
        thread.start();
    }

    /** The router this start built ahead of its server. */
    public CompletableFuture<Router> built() {
        return built;
    }
}
