package vn.lantoa.platform.web;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.OutputStreamAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Page;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LANTOA_LOG_FORMAT=json: the production logback.xml is loaded with json chosen, and what its JSON appender writes is
 * captured, so the test reads exactly the lines an operator's log collector gets.
 */
@MicronautTest(transactional = false)
@Property(name = "lantoa.log.format", value = "json")
@Property(name = "lantoa.security.trusted-proxies", value = "127.0.0.1/32, ::1/128")
class JsonLogsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @BeforeEach
    void productionLoggingInJson() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.putProperty("LANTOA_LOG_FORMAT", "json");
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        OutputStreamAppender<?> appender = (OutputStreamAppender<?>) context.getLogger("ROOT").getAppender("json");
        appender.setOutputStream(captured);
    }

    @AfterEach
    void backToTheTestLogging() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-test.xml"));
    }

    @Test
    void everyLineIsAJsonObjectAndTheAccessLineCarriesTheRequestIdTheAnswerGave() throws Exception {
        Page page = new Browser(server.getURI()).get("/login");
        String id = page.header("X-Request-Id");
        assertThat(id).matches("[0-9a-f]{16}");

        JsonNode access = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> lines().stream()
                .filter(l -> l.get("loggerName").getStringValue().equals("vn.lantoa.access")).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(access.get("mdc").get("requestId").getStringValue()).isEqualTo(id);
        assertThat(access.get("formattedMessage").getStringValue()).startsWith("GET /login 200 ");
        assertThat(access.get("level").getStringValue()).isEqualTo("INFO");
    }

    @Test
    void aRequestIdFromTheTrustedProxyIsKeptAndAForgedOrHostileOneIsReplaced() {
        Browser browser = new Browser(server.getURI());
        assertThat(browser.getWith("/login", "X-Request-Id", "nginx-5f2c9a7e01").header("X-Request-Id")).isEqualTo("nginx-5f2c9a7e01");
        String hostile = browser.getWith("/login", "X-Request-Id", "a\"}{\"level\":\"ERROR").header("X-Request-Id");
        assertThat(hostile).matches("[0-9a-f]{16}");
        // Only a trusted proxy may name the request: the same header from anyone else is not believed.
        assertThat(RequestIdFilter.idOf("nginx-5f2c9a7e01", false)).matches("[0-9a-f]{16}");
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(json.readValue(line, JsonNode.class));
            }
        }
        assertThat(nodes).isNotEmpty();
        return nodes;
    }
}
