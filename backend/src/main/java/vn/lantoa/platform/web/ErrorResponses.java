package vn.lantoa.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;

import java.util.List;

/** One place that turns a failure into either a JSON error (API) or a Vietnamese error page (browser). */
@Singleton
public class ErrorResponses {

    private final Languages languages;
    private final Pages pages;

    ErrorResponses(Languages languages, Pages pages) {
        this.languages = languages;
        this.pages = pages;
    }

    public static boolean wantsJson(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = request.getHeaders().accept();
        } catch (RuntimeException e) {
            // An Accept header that is no list of media types ("garbage/") asks for nothing in particular: a page.
            return false;
        }
        return accepted.stream().anyMatch(m -> m.matches(MediaType.APPLICATION_JSON_TYPE))
                && accepted.stream().noneMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
    }

    public MutableHttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, String code, String messageKey, Object... args) {
        Translator t = languages.of(request);
        if (wantsJson(request)) {
            // API messages are Vietnamese whatever the cookie says: programs read the code, people the message.
            Translator vi = languages.vietnamese();
            return HttpResponse.status(status).body(ApiError.of(code, vi.t(messageKey, args)))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return page(request, status, new ErrorPage(t, status.getCode(), "error.title." + status.getCode(), messageKey,
                args.length > 0 ? String.valueOf(args[0]) : null));
    }

    public MutableHttpResponse<?> validation(HttpRequest<?> request, FieldErrors errors) {
        Translator vi = languages.vietnamese();
        List<ApiError.Field> fields = errors.all().stream()
                .map(e -> new ApiError.Field(e.field(), e.key(), vi.t(e.key(), e.args().toArray())))
                .toList();
        if (wantsJson(request)) {
            String first = fields.isEmpty() ? vi.t("error.validation") : fields.get(0).message();
            return HttpResponse.badRequest(new ApiError("VALIDATION_FAILED", first, fields))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        Translator t = languages.of(request);
        String detail = errors.all().stream().map(e -> t.t(e.key(), e.args().toArray())).reduce((a, b) -> a + " " + b).orElse("");
        return page(request, HttpStatus.BAD_REQUEST, new ErrorPage(t, 400, "error.title.400", "error.validation", detail));
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, ErrorPage page) {
        return pages.render(status, "error/page", page);
    }
}
