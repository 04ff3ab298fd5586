package vn.lantoa.plan.progress;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A posted form's fields, first value of each; an empty or odd body gives no fields rather than an error. */
public record PostedForm(Map<String, List<String>> values) {

    static PostedForm parse(String body) {
        if (body == null || body.isEmpty()) {
            return new PostedForm(Map.of());
        }
        try {
            return new PostedForm(new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 100).parameters());
        } catch (IllegalArgumentException e) {
            // A broken escape ("%ZZ") is no field at all: the form is then refused for what it lacks, never a 500.
            return new PostedForm(Map.of());
        }
    }

    public String get(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public String orBlank(String name) {
        String v = get(name);
        return v == null ? "" : v;
    }
}
