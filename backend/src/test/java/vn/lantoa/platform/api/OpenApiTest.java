package vn.lantoa.platform.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Page;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class OpenApiTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

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

    /**
     * The generated client in the tests (openapi-generator, built before the tests compile) is made from the copy in
     * the repository, so that copy must be the document the server serves. After changing the API, refresh it with
     * {@code mvn -pl backend -am verify -Dtest=OpenApiTest -Dlantoa.openapi.write=true -Dsurefire.failIfNoSpecifiedTests=false}.
     */
    @Test
    void theDocumentInTheRepositoryIsTheOneTheServerServes() throws Exception {
        String served = new Browser(server.getURI()).get("/api/openapi.yml", "*/*").body();
        Path copy = Path.of(System.getProperty("lantoa.repo.root", "..")).resolve("infra/openapi/lantoa-api.yml").toAbsolutePath().normalize();
        if (Boolean.getBoolean("lantoa.openapi.write")) {
            Files.writeString(copy, served, StandardCharsets.UTF_8);
        }
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Object inRepository = Files.exists(copy) ? yaml.load(Files.readString(copy, StandardCharsets.UTF_8)) : null;
        assertThat(inRepository)
                .as("infra/openapi/lantoa-api.yml is not the served document: refresh it with -Dlantoa.openapi.write=true (see this test)")
                .isEqualTo(yaml.load(served));
    }

    @Test
    void everyOperationHasAReadableUniqueIdASummaryAndATagThatIsDescribed() {
        Map<String, Object> doc = document();
        Set<String> ids = new HashSet<>();
        List<String> tags = list(doc, "tags").stream().map(t -> (String) ((Map<?, ?>) t).get("name")).toList();
        operations(doc).forEach((where, op) -> {
            String id = (String) op.get("operationId");
            assertThat(id).as(where).matches("[a-z][A-Za-z]+");
            assertThat(ids.add(id)).as("operationId " + id + " is used twice").isTrue();
            assertThat((String) op.get("summary")).as(where).isNotBlank();
            assertThat(tags).as(where).containsAll(list(op, "tags").stream().map(String::valueOf).toList());
        });
        list(doc, "tags").forEach(t -> assertThat((String) ((Map<?, ?>) t).get("description")).isNotBlank());
        assertThat(list(doc, "servers")).isNotEmpty();
    }

    @Test
    void noOperationAsksForTheSignedInActorOrShowsJavaClassNames() {
        Page page = new Browser(server.getURI()).get("/api/openapi.yml", "*/*");

        assertThat(page.body()).doesNotContain("name: actor", "/Actor", "Grant", "Controller");
        Map<String, Object> schemas = map(map(document(), "components"), "schemas");
        assertThat(schemas.keySet()).allSatisfy(name -> assertThat(name).matches("[A-Z][A-Za-z0-9]+"));
    }

    @Test
    void everyOperationDocumentsItsErrorsWithTheOneErrorShape() {
        operations(document()).forEach((where, op) -> {
            Map<String, Object> responses = map(op, "responses");
            boolean secured = !list(op, "security").isEmpty();
            if (secured) {
                assertThat(responses).as(where).containsKeys("401", "403", "429");
            }
            if (where.contains("{")) {
                assertThat(responses).as(where).containsKey("404");
            }
            if (op.containsKey("requestBody")) {
                assertThat(responses).as(where).containsKey("400");
            }
            responses.forEach((status, response) -> {
                if (status.startsWith("4")) {
                    assertThat(((Map<?, ?>) response).get("$ref")).as(where + " " + status).asString().startsWith("#/components/responses/");
                }
            });
            assertThat(responses.keySet()).as(where).anyMatch(s -> s.startsWith("2"));
        });
        Map<String, Object> error = map(map(map(document(), "components"), "schemas"), "ApiError");
        assertThat(list(error, "required")).contains("code", "message", "errors");
    }

    @Test
    void everyListPagesAndTakesASort() {
        List<String> lists = new ArrayList<>();
        operations(document()).forEach((where, op) -> {
            if (!String.valueOf(map(map(op, "responses"), "200")).contains("List\"") && !String.valueOf(map(map(op, "responses"), "200")).contains("List}")) {
                return;
            }
            lists.add(where);
            List<String> parameters = list(op, "parameters").stream().map(p -> String.valueOf(((Map<?, ?>) p).get("name"))).toList();
            assertThat(parameters).as(where).contains("page", "perPage", "sort");
            assertThat(map(map(map(op, "responses"), "200"), "headers")).as(where).containsKeys("Link", "X-Total-Count");
        });
        assertThat(lists).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void signingInNeedsNoTokenAndEverythingElseDoes() {
        Map<String, Map<String, Object>> operations = operations(document());

        assertThat(list(operations.get("POST /api/v1/auth/token"), "security")).isEmpty();
        assertThat(operations.get("POST /api/v1/auth/token")).containsKey("security");
        assertThat(list(operations.get("POST /api/v1/auth/refresh"), "security")).isEmpty();
        assertThat(list(operations.get("GET /api/v1/units/{unitId}"), "security")).isNotEmpty();
        assertThat(map(operations.get("POST /api/v1/units/{unitId}/units"), "responses")).containsKey("201").doesNotContainKey("200");
        assertThat(map(operations.get("DELETE /api/v1/units/{unitId}/files/{fileId}"), "responses")).containsKey("204");
    }

    @Test
    void theDocumentCanBeReadAsAPageAndAsJson() {
        Browser browser = new Browser(server.getURI());
        Page html = browser.get("/api/docs");
        Page json = browser.get("/api/openapi.json", "application/json");

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.doc().select("h1").text()).contains("Lantoa API");
        assertThat(html.doc().select("#op-signIn h3 code").text()).isEqualTo("POST /api/v1/auth/token");
        assertThat(html.doc().select("#schema-ApiError")).hasSize(1);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).startsWith("{\"openapi\":\"3.");
    }

    private Map<String, Object> document() {
        String yaml = new Browser(server.getURI()).get("/api/openapi.yml", "*/*").body();
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    /** "METHOD /path" to the operation. */
    static Map<String, Map<String, Object>> operations(Map<String, Object> doc) {
        Map<String, Map<String, Object>> all = new java.util.LinkedHashMap<>();
        map(doc, "paths").forEach((path, item) -> {
            for (String method : METHODS) {
                Object op = ((Map<?, ?>) item).get(method);
                if (op != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> operation = (Map<String, Object>) op;
                    all.put(method.toUpperCase() + " " + path, operation);
                }
            }
        });
        return all;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.getOrDefault(key, Map.of());
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String key) {
        return new ArrayList<>((List<Object>) parent.getOrDefault(key, List.of()));
    }
}
