package vn.lantoa.platform.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Page;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class OpenApiTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theApiIsDescribedByAnOpenApiDocumentWithoutTheHtmlPages() {
        Page page = new Browser(server.getURI()).get("/api/openapi.yml", "*/*");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("application/yaml");
        assertThat(page.body()).startsWith("openapi: 3.")
                .contains("/api/v1/auth/token:", "/api/v1/units/{unitId}:", "/api/v1/units/{unitId}/members:",
                        "/api/v1/units/{unitId}/committee:", "/api/v1/units/{unitId}/files:")
                .doesNotContain("/admin/");
    }
}
