package vn.lantoa.audit;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns an event's before/after snapshots into the list of fields that changed, for people to read. */
@Singleton
public class AuditChanges {

    /** One field: its value before and after (null when absent). */
    public record Change(String field, String before, String after) {
    }

    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    private final JsonMapper json;

    AuditChanges(JsonMapper json) {
        this.json = json;
    }

    List<Change> of(AuditRow row) {
        Map<String, Object> before = parse(row.beforeJson());
        Map<String, Object> after = parse(row.afterJson());
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            Object b = before.get(field);
            Object a = after.get(field);
            if (!Objects.equals(b, a)) {
                changes.add(new Change(field, b == null ? null : String.valueOf(b), a == null ? null : String.valueOf(a)));
            }
        }
        return changes;
    }

    private Map<String, Object> parse(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> map = json.readValue(text, MAP);
            return map == null ? Map.of() : new LinkedHashMap<>(map);
        } catch (IOException e) {
            return Map.of("?", text);
        }
    }
}
