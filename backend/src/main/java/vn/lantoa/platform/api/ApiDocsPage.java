package vn.lantoa.platform.api;

import vn.lantoa.platform.i18n.Translator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The browsable page of the API document: its operations by tag, then its schemas. Built from the served document. */
public record ApiDocsPage(Translator t, String title, String version, String description, List<Section> sections, List<Schema> schemas) {

    public record Section(String name, String description, List<Operation> operations) {
    }

    public record Operation(String method, String path, String id, String summary, String description, boolean secured,
                            List<Field> parameters, String requestBody, List<Response> responses) {
        public String anchor() {
            return "op-" + id;
        }
    }

    public record Field(String name, String where, String type, boolean required, boolean nullable, String description) {
    }

    public record Response(String status, String description, String body) {
    }

    public record Schema(String name, String description, List<Field> properties) {
        public String anchor() {
            return "schema-" + name;
        }
    }

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @SuppressWarnings("unchecked")
    static ApiDocsPage of(Translator t, Map<String, Object> doc) {
        Map<String, Object> info = (Map<String, Object>) doc.getOrDefault("info", Map.of());
        Map<String, Section> sections = new LinkedHashMap<>();
        for (Object tag : (List<Object>) doc.getOrDefault("tags", List.of())) {
            Map<String, Object> m = (Map<String, Object>) tag;
            sections.put(String.valueOf(m.get("name")), new Section(String.valueOf(m.get("name")), str(m.get("description")), new ArrayList<>()));
        }
        Map<String, Object> components = (Map<String, Object>) doc.getOrDefault("components", Map.of());
        Map<String, Object> sharedResponses = (Map<String, Object>) components.getOrDefault("responses", Map.of());
        ((Map<String, Object>) doc.getOrDefault("paths", Map.of())).forEach((path, item) -> {
            for (String method : METHODS) {
                Map<String, Object> op = (Map<String, Object>) ((Map<String, Object>) item).get(method);
                if (op == null) {
                    continue;
                }
                List<Object> tags = (List<Object>) op.getOrDefault("tags", List.of("API"));
                String tag = String.valueOf(tags.isEmpty() ? "API" : tags.get(0));
                sections.computeIfAbsent(tag, k -> new Section(k, "", new ArrayList<>())).operations()
                        .add(operation(path, method, op, sharedResponses));
            }
        });
        List<Schema> schemas = new ArrayList<>();
        ((Map<String, Object>) components.getOrDefault("schemas", Map.of())).forEach((name, schema) -> {
            Map<String, Object> s = (Map<String, Object>) schema;
            List<Object> required = (List<Object>) s.getOrDefault("required", List.of());
            List<Field> properties = new ArrayList<>();
            ((Map<String, Object>) s.getOrDefault("properties", Map.of())).forEach((prop, p) -> {
                Map<String, Object> pm = (Map<String, Object>) p;
                properties.add(new Field(prop, "", type(pm), required.contains(prop), Boolean.TRUE.equals(pm.get("nullable")), str(pm.get("description"))));
            });
            schemas.add(new Schema(name, str(s.get("description")), properties));
        });
        return new ApiDocsPage(t, str(info.get("title")), str(info.get("version")), str(info.get("description")),
                sections.values().stream().filter(s -> !s.operations().isEmpty()).toList(), schemas);
    }

    @SuppressWarnings("unchecked")
    private static Operation operation(String path, String method, Map<String, Object> op, Map<String, Object> sharedResponses) {
        List<Field> parameters = new ArrayList<>();
        for (Object p : (List<Object>) op.getOrDefault("parameters", List.of())) {
            Map<String, Object> pm = (Map<String, Object>) p;
            parameters.add(new Field(str(pm.get("name")), str(pm.get("in")), type((Map<String, Object>) pm.getOrDefault("schema", Map.of())),
                    Boolean.TRUE.equals(pm.get("required")), false, str(pm.get("description"))));
        }
        String requestBody = null;
        if (op.get("requestBody") instanceof Map<?, ?> rb && rb.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
            Map.Entry<?, ?> first = content.entrySet().iterator().next();
            Object schema = first.getValue() instanceof Map<?, ?> mt ? mt.get("schema") : null;
            requestBody = first.getKey() + (schema instanceof Map<?, ?> sm ? " · " + type((Map<String, Object>) sm) : "");
        }
        List<Response> responses = new ArrayList<>();
        ((Map<String, Object>) op.getOrDefault("responses", Map.of())).forEach((status, r) -> {
            Map<String, Object> rm = (Map<String, Object>) r;
            if (rm.get("$ref") instanceof String ref) {
                rm = (Map<String, Object>) sharedResponses.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), Map.of());
            }
            String body = null;
            if (rm.get("content") instanceof Map<?, ?> content && !content.isEmpty()
                    && content.values().iterator().next() instanceof Map<?, ?> mt && mt.get("schema") instanceof Map<?, ?> sm) {
                body = type((Map<String, Object>) sm);
            }
            responses.add(new Response(status, str(rm.get("description")), body));
        });
        return new Operation(method.toUpperCase(), path, str(op.get("operationId")), str(op.get("summary")), str(op.get("description")),
                !((List<Object>) op.getOrDefault("security", List.of())).isEmpty(), parameters, requestBody, responses);
    }

    /** A schema in a few words: its name, or its type and format, "array of X". */
    @SuppressWarnings("unchecked")
    static String type(Map<String, Object> schema) {
        if (schema.get("$ref") instanceof String ref) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        if (schema.get("allOf") instanceof List<?> parts && !parts.isEmpty()) {
            return type((Map<String, Object>) parts.get(0));
        }
        Object type = schema.get("type");
        if ("array".equals(type) && schema.get("items") instanceof Map<?, ?> items) {
            return "array<" + type((Map<String, Object>) items) + ">";
        }
        if ("object".equals(type) && schema.get("additionalProperties") instanceof Map<?, ?> values) {
            return "map<string, " + type((Map<String, Object>) values) + ">";
        }
        String format = schema.get("format") == null ? "" : " (" + schema.get("format") + ")";
        return (type == null ? "any" : type) + format;
    }

    private static String str(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
