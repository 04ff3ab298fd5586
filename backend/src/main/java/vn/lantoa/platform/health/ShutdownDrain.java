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
 * <p>
 * Which moment the port should close depends on the balancer. One that takes an instance out by its health check (an
 * AWS ALB) keeps sending for a while: the port stays open through the drain and new connections are served. One that
 * only retries a refused connection elsewhere (nginx) never stops sending, and a connection it opens just as the port
 * closes is reset with its request already sent: a POST lost with a 502. For those, lantoa.shutdown.refuse-new-connections
 * closes the port as the drain begins, when the balancer holds open connections instead of opening new ones.
 */
@Singleton
public class ShutdownDrain implements ApplicationEventListener<ShutdownEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownDrain.class);

    private final BeanProvider<GracefulShutdownManager> graceful;
    private final ListeningSockets listening;
    private final Duration drain;
    private final Duration timeout;
    private final boolean refuseNewConnections;
    private volatile boolean draining;

    ShutdownDrain(BeanProvider<GracefulShutdownManager> graceful, ListeningSockets listening, @Value("${lantoa.shutdown.drain:0s}") Duration drain,
                  @Value("${lantoa.shutdown.timeout:30s}") Duration timeout,
                  @Value("${lantoa.shutdown.refuse-new-connections:false}") boolean refuseNewConnections) {
        this.graceful = graceful;
        this.listening = listening;
        this.drain = drain;
        this.timeout = timeout;
        this.refuseNewConnections = refuseNewConnections;
    }

    /** True from the moment the instance is asked to stop: it still serves, but should get no new traffic. */
    public boolean isDraining() {
        return draining;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        draining = true;
        try {
            if (refuseNewConnections) {
                // After draining is set: every answer from now on closes its connection, so none goes back to the balancer's pool.
                listening.close();
            }
            if (!drain.isZero()) {
                LOG.info(refuseNewConnections ? "Stopping: port closed to new connections; serving those open for {} s more"
                        : "Stopping: readiness is down; serving for {} s more while the load balancer stops sending here", drain.toSeconds());
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
