package vn.lantoa.press.monitoring;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A posted clipping form, repeated fields kept (topics and units are chosen several at a time). */
record FormFields(Map<String, List<String>> values) {

    static FormFields parse(String body) {
        if (body == null || body.isEmpty()) {
            return new FormFields(Map.of());
        }
        return new FormFields(new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 10_000).parameters());
    }

    String one(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    ClippingInput input() {
        return new ClippingInput(one("url"), one("outletName"), one("outletKind"), one("title"), one("publishedOn"), one("tone"), all("topics"),
                all("unitIds"), one("reach"), one("note"), one("version"));
    }
}
