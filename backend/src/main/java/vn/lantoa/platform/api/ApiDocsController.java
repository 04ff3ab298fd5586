package vn.lantoa.platform.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.web.Pages;

/** The API document for programs (YAML and JSON) and for people (a page), open to anyone: it holds no unit's data. */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ApiDocsController {

    private final OpenApiDocument document;
    private final Pages pages;
    private final Languages languages;

    ApiDocsController(OpenApiDocument document, Pages pages, Languages languages) {
        this.document = document;
        this.pages = pages;
        this.languages = languages;
    }

    @Get(value = "/api/openapi.yml", produces = "application/yaml")
    HttpResponse<byte[]> yaml() {
        return HttpResponse.ok(document.yaml()).contentType("application/yaml; charset=utf-8");
    }

    @Get(value = "/api/openapi.json", produces = "application/json")
    HttpResponse<byte[]> json() {
        return HttpResponse.ok(document.json()).contentType("application/json");
    }

    @Get(value = "/api/docs", produces = "text/html")
    HttpResponse<?> page(HttpRequest<?> request) {
        return pages.render("api/docs", ApiDocsPage.of(languages.of(request), document.document()));
    }
}
