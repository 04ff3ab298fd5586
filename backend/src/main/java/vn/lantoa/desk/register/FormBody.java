package vn.lantoa.desk.register;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A posted form with repeated fields kept (a multi-select sends one value per chosen option). */
record FormBody(Map<String, List<String>> values) {

    static FormBody parse(String body) {
        if (body == null || body.isEmpty()) {
            return new FormBody(Map.of());
        }
        return new FormBody(new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 10_000).parameters());
    }

    String one(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    IssueInput input() {
        return new IssueInput(one("title"), one("source"), one("link"), one("firstSeenOn"), one("severity"), one("status"), one("handling"),
                one("result"), all("unitIds"), one("caseCodes"), one("version"));
    }
}
