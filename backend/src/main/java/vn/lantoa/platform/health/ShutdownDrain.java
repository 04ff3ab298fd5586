package vn.lantoa.platform.health;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.graceful.GracefulShutdownManager;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stopping an instance (SIGTERM, a rolling restart, the autoscaler) loses no request. On shutdown, before anything is
 * closed: readiness answers 503 at once and every response carries "Connection: close" (DrainingConnections), while the
 * instance keeps serving for the drain period (lantoa.shutdown.drain: the load balancer's deregistration delay, so it
 * stops sending here before the port closes). Then the port closes, the requests in flight and the running scheduled
 * jobs finish (Micronaut's graceful shutdown, for at most lantoa.shutdown.timeout), and only then are the database pool
 * and the rest shut down.
 */
@Singleton
public class ShutdownDrain implements ApplicationEventListener<ShutdownEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownDrain.class);

    private final BeanProvider<GracefulShutdownManager> graceful;
    private final Duration drain;
    private final Duration timeout;
    private volatile boolean draining;

    ShutdownDrain(BeanProvider<GracefulShutdownManager> graceful, @Value("${lantoa.shutdown.drain:0s}") Duration drain,
                  @Value("${lantoa.shutdown.timeout:30s}") Duration timeout) {
        this.graceful = graceful;
        this.drain = drain;
        this.timeout = timeout;
    }

    /** True from the moment the instance is asked to stop: it still serves, but should get no new traffic. */
    public boolean isDraining() {
        return draining;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        draining = true;
        try {
            if (!drain.isZero()) {
                LOG.info("Stopping: readiness is down; serving for {} s more while the load balancer stops sending here", drain.toSeconds());
                // A deliberate wait: the balancer's health checks need this long to take the instance out.
                Thread.sleep(drain.toMillis());
            }
            graceful.get().shutdownGracefully().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            // Whatever went wrong here, the context must go on closing.
            LOG.warn("Graceful shutdown failed: {}", e.getMessage());
        } catch (TimeoutException e) {
            LOG.warn("Requests or jobs still running after {} s: stopping anyway", timeout.toSeconds());
        }
    }

    @Override
    public int getOrder() {
        // Before any other listener closes something the requests in flight still use.
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
