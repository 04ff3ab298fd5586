package vn.lantoa.platform.api;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The API's OpenAPI document as served: what micronaut-openapi generated from the controllers at build time, with
 * {@link OpenApiConventions} applied once at start-up using what each route declared ({@link Answers}).
 */
@Singleton
public class OpenApiDocument {

    private static final String LOCATION = "classpath:META-INF/swagger/lantoa-api-1.yml";
    private final Map<String, Object> document;
    private final byte[] yaml;
    private final byte[] json;

    OpenApiDocument(ResourceResolver resources, Router router, JsonMapper mapper) {
        Map<String, Object> doc;
        try (InputStream in = resources.getResourceAsStream(LOCATION)
                .orElseThrow(() -> new IllegalStateException("OpenAPI document missing: " + LOCATION))) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OpenApiConventions.apply(doc, declared(router));
        this.document = doc;
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setSplitLines(false);
        this.yaml = new Yaml(new Representer(options), options).dump(doc).getBytes(StandardCharsets.UTF_8);
        try {
            this.json = mapper.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "POST /api/v1/units/{unitId}/units" to what that route declared with {@link Answers}. */
    private static Map<String, OpenApiConventions.Declared> declared(Router router) {
        Map<String, OpenApiConventions.Declared> declared = new HashMap<>();
        router.uriRoutes().forEach(route -> declare(route, declared));
        return declared;
    }

    private static void declare(UriRouteInfo<?, ?> route, Map<String, OpenApiConventions.Declared> declared) {
        var answers = route.getAnnotationMetadata().findAnnotation(Answers.class).orElse(null);
        boolean versioned = Versioned.class.isAssignableFrom(route.getReturnType().getType());
        if (answers == null && !versioned) {
            return;
        }
        int status = answers == null ? 200 : answers.intValue("value").orElse(200);
        int[] also = answers == null ? new int[0] : answers.intValues("also");
        int[] errors = answers == null ? new int[0] : answers.intValues("errors");
        String path = route.getUriMatchTemplate().toPathString();
        declared.put(route.getHttpMethodName() + " " + path, new OpenApiConventions.Declared(status,
                Arrays.stream(also).boxed().toList(), Arrays.stream(errors).boxed().collect(Collectors.toList()), versioned));
    }

    public Map<String, Object> document() {
        return document;
    }

    public byte[] yaml() {
        return yaml.clone();
    }

    public byte[] json() {
        return json.clone();
    }
}
