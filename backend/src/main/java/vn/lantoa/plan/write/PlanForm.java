package vn.lantoa.plan.write;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A posted plan form, with the repeated fields of its checkboxes and multi-selects kept. */
record PlanForm(Map<String, List<String>> values) {

    static PlanForm parse(String body) {
        if (body == null || body.isEmpty()) {
            return new PlanForm(Map.of());
        }
        return new PlanForm(new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 10_000).parameters());
    }

    String one(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    ItemInput item() {
        return new ItemInput(one("groupId"), one("topic"), one("productForm"), one("productNote"), one("leadUnitId"), one("leadText"),
                all("partnerIds"), one("partnerText"), one("appliesBelow") != null, all("quarters"), one("startsOn"), one("endsOn"),
                one("budget"), one("budgetSource"), one("parentItemId"), all("topicIds"), one("version"));
    }
}
