package vn.lantoa.reporting.form;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report form as the browser posts it, read from the raw body so names like "vu_viec[2].nguon" stay flat. The
 * boxes of a multiple choice arrive as one name repeated and are joined with "; ".
 */
public final class PostedForm {

    private PostedForm() {
    }

    public static Map<String, String> parse(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return values;
        }
        Map<String, List<String>> params = new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 10_000).parameters();
        params.forEach((name, list) -> values.put(name, String.join("; ", list.stream().filter(v -> !v.isBlank()).toList())));
        return values;
    }
}
