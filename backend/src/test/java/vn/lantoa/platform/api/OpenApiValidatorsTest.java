package vn.lantoa.platform.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served document, checked by two independent validators from the npm registry (Redocly's linter with its strict
 * recommended rules, and swagger-parser), as an integrator's tooling would read it. Their versions are pinned in
 * infra/openapi/package-lock.json.
 */
@MicronautTest(transactional = false)
class OpenApiValidatorsTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theServedDocumentPassesRedoclyAndSwaggerParserWithoutErrors() throws Exception {
        Path tools = Path.of(System.getProperty("lantoa.repo.root", "..")).resolve("infra/openapi").toAbsolutePath().normalize();
        Path file = Files.createDirectories(Path.of("target/openapi")).resolve("lantoa-api.yml").toAbsolutePath();
        Files.writeString(file, new Browser(server.getURI()).get("/api/openapi.yml", "*/*").body(), StandardCharsets.UTF_8);

        // As the browser tests do without Chromium: .ci/run installs Node.js, elsewhere this is skipped with the reason.
        Assumptions.assumeTrue(run(tools, "node", "--version").isEmpty() && run(tools, "npm", "--version").isEmpty(),
                "Node.js and npm are not installed here: the OpenAPI validators cannot run (.ci/run installs them)");
        if (!Files.isDirectory(tools.resolve("node_modules/@redocly/cli"))) {
            assertThat(run(tools, "npm", "ci", "--no-audit", "--no-fund")).isEqualTo("");
        }
        assertThat(run(tools, "npx", "--no-install", "redocly", "lint", "--config", "redocly.yaml", "--format", "stylish", file.toString()))
                .isEqualTo("");
        assertThat(run(tools, "node", "validate.mjs", file.toString())).isEqualTo("");
    }

    /** Runs a command; "" when it succeeded, else what it printed, so a failure shows the validator's own words. */
    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return command[0] + " cannot be started: " + notInstalled.getMessage();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return "timed out: " + String.join(" ", command) + "\n" + output;
        }
        return process.exitValue() == 0 ? "" : String.join(" ", command) + " exited " + process.exitValue() + "\n" + output;
    }
}
