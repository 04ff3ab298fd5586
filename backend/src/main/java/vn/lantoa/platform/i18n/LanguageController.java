package vn.lantoa.platform.i18n;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.web.Redirects;

/** Switches the interface between Vietnamese and English and goes back to the page. */
@Hidden
@Controller("/lang")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class LanguageController {

    @Get("/{code}")
    HttpResponse<?> switchTo(String code, @Nullable @QueryValue String back) {
        String lang = "en".equals(code) ? "en" : "vi";
        Cookie cookie = Cookie.of("lantoa_lang", lang).path("/").maxAge(365L * 24 * 3600).sameSite(SameSite.Lax).httpOnly(true);
        return Redirects.seeOther(Redirects.safeLocalPath(back, "/admin")).cookie(cookie);
    }
}
