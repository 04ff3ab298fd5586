package vn.lantoa.platform.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI document of the JSON API, generated from the controllers at build time. */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenApiController {

    private static final String LOCATION = "classpath:META-INF/swagger/lantoa-api-1.yml";
    private final byte[] document;

    OpenApiController(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream(LOCATION)
                .orElseThrow(() -> new IllegalStateException("OpenAPI document missing: " + LOCATION))) {
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/api/openapi.yml", produces = "application/yaml")
    HttpResponse<byte[]> openApi() {
        return HttpResponse.ok(document).contentType("application/yaml; charset=utf-8");
    }
}
