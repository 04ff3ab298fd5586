package vn.lantoa.platform.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** A flash is shown once: the first page rendered after the redirect expires the cookie. */
@ServerFilter("/**")
class FlashFilter {

    @ResponseFilter
    void expireShownFlash(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET || request.getPath().startsWith("/static/")) {
            return;
        }
        boolean carriedFlash = request.getCookies().findCookie(FlashCookie.NAME).isPresent();
        boolean setsNewFlash = response.getCookie(FlashCookie.NAME).isPresent();
        if (carriedFlash && !setsNewFlash && response.getStatus().getCode() < 300) {
            response.cookie(FlashCookie.expired());
        }
    }
}
