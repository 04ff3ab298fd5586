package vn.lantoa.platform;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Api;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class HealthTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    @SuppressWarnings("unchecked")
    void healthReportsTheDatabaseAndTheBucketAsUp() {
        Api.Reply reply = new Api(server.getURI(), json).get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("status", "UP");
        Map<String, Object> details = (Map<String, Object>) reply.json().get("details");
        assertThat(((Map<String, Object>) details.get("jdbc")).get("status")).isEqualTo("UP");
        assertThat(((Map<String, Object>) details.get("s3")).get("status")).isEqualTo("UP");
    }
}
