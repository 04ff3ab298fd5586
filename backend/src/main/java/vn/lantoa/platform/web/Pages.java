package vn.lantoa.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/**
 * Renders a jte page. Each template declares one typed parameter named {@code page}; this is the only place
 * that knows the name.
 */
public final class Pages {

    private Pages() {
    }

    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> render(String template, Object page) {
        return render(HttpStatus.OK, template, page);
    }

    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> render(HttpStatus status, String template, Object page) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .body(new ModelAndView<>(template, Map.of("page", page)))
                .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .header("Cache-Control", "no-store");
    }
}
