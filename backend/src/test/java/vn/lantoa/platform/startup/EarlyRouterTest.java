package vn.lantoa.platform.startup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A start that a server follows builds its router on a thread of its own, and the server routes with that router. */
class EarlyRouterTest {

    @Test
    void theServerRoutesWithTheRouterItsOwnThreadBuiltAheadOfIt() throws Exception {
        RouterCreation.thread = null;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, EarlyRouter.PROPERTY, true, "lantoa.test.router-creation", true), "test")) {
            ApplicationContext context = server.getApplicationContext();
            Router early = context.getBean(EarlyRouter.class).built().get(60, TimeUnit.SECONDS);

            assertThat(early).isSameAs(context.getBean(Router.class));
            assertThat(RouterCreation.thread).isEqualTo("lantoa-early-router");
            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + "/login"))
                    .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("Đăng nhập");
        }
    }

    @Test
    void aContextStartedWithoutTheSettingBuildsNoRouterAhead() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(), "test")) {
            assertThat(context.containsBean(EarlyRouter.class)).isFalse();
            assertThat(context.findBean(Router.class)).isPresent();
        }
    }

    /** Notes which thread made the router. */
    @Singleton
    @Requires(property = "lantoa.test.router-creation", value = "true")
    static final class RouterCreation implements BeanCreatedEventListener<Router> {

        static volatile String thread;

        @Override
        public Router onCreated(BeanCreatedEvent<Router> event) {
            thread = Thread.currentThread().getName();
            return event.getBean();
        }
    }
}
