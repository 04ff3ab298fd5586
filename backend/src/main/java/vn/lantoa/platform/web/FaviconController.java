package vn.lantoa.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Browsers ask every site for /favicon.ico, on units' own host names too (site/SiteRoutes keeps it Lantoa's). */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.ALL)
class FaviconController {

    private final byte[] icon;

    FaviconController() {
        try (InputStream in = FaviconController.class.getClassLoader().getResourceAsStream("static/favicon.ico")) {
            if (in == null) {
                throw new IllegalStateException("static/favicon.ico is missing from the classpath");
            }
            this.icon = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/favicon.ico")
    HttpResponse<byte[]> favicon() {
        // Not versioned (browsers ask for this exact address), so a day rather than a year.
        return HttpResponse.ok(icon).contentType("image/x-icon").header("Cache-Control", "public, max-age=86400");
    }
}
