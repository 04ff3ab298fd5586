package vn.lantoa.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Carries a {@link Flash} across one redirect in a short-lived cookie. */
public final class FlashCookie {

    public static final String NAME = "lantoa_flash";
    private static final String SEP = "\u001f";

    private FlashCookie() {
    }

    public static Cookie of(Flash flash) {
        List<String> parts = new ArrayList<>();
        parts.add(flash.kind().name());
        parts.add(flash.key());
        parts.addAll(flash.args());
        String value = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEP, parts).getBytes(StandardCharsets.UTF_8));
        return Cookie.of(NAME, value).path("/").httpOnly(true).sameSite(SameSite.Lax).maxAge(60);
    }

    public static Cookie expired() {
        return Cookie.of(NAME, "").path("/").httpOnly(true).sameSite(SameSite.Lax).maxAge(0);
    }

    public static Optional<Flash> read(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).flatMap(c -> decode(c.getValue()));
    }

    static Optional<Flash> decode(String value) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            String[] parts = raw.split(SEP, -1);
            if (parts.length < 2 || !parts[1].matches("[a-zA-Z0-9._-]{1,100}")) {
                return Optional.empty();
            }
            Flash.Kind kind = Flash.Kind.valueOf(parts[0]);
            return Optional.of(new Flash(kind, parts[1], List.of(parts).subList(2, parts.length)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
