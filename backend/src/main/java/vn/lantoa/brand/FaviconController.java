package vn.lantoa.brand;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.storage.ObjectStorage;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.PublicPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * A unit's favicon. Its name is random and changes with every new favicon, so a browser may keep it for a year; the
 * site's pages link the current one.
 */
@Hidden
@PublicPage
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.ALL)
class FaviconController {

    private static final Pattern NAME = Pattern.compile("favicon-[0-9a-f-]{36}\\.(ico|png)");

    private final SiteIdentityRepository identities;
    private final ObjectStorage storage;

    FaviconController(SiteIdentityRepository identities, ObjectStorage storage) {
        this.identities = identities;
        this.storage = storage;
    }

    @Get("/bieu-tuong/{unitId}/{name}")
    HttpResponse<?> favicon(long unitId, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new NotFoundException("favicon " + name);
        }
        SiteIdentity identity = identities.findByUnitId(unitId).filter(i -> name.equals(i.faviconName()))
                .orElseThrow(() -> new NotFoundException("favicon " + name));
        byte[] bytes;
        try (var in = storage.get(identity.faviconKey()).orElseThrow(() -> new NotFoundException("favicon " + name))) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(bytes).contentType(MediaType.of(identity.faviconType()))
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff");
    }
}
