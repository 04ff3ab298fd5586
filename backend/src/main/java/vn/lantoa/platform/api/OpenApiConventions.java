package vn.lantoa.platform.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the API's conventions into the OpenAPI document that micronaut-openapi generates from the controllers, so
 * that each convention is decided once, here, instead of on every operation: the error shape and the errors every
 * operation may answer, the headers every answer carries, the paging headers of lists, {@code security: []} on the
 * operations that need no token, and the success status each operation declares with {@link Answers}. It also takes
 * out what is internal: the signed-in {@code Actor} that controllers receive as a parameter, and the Java class names
 * in schema names.
 */
final class OpenApiConventions {

    /** An operation's place and what it declared, as the router knows it. */
    record Declared(int status, List<Integer> also, List<Integer> errors, boolean versioned) {
        static final Declared DEFAULT = new Declared(200, List.of(), List.of(), false);
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final Pattern LIST_SCHEMA = Pattern.compile("ApiList_(?:[A-Za-z0-9]+\\.)*([A-Za-z0-9]+)_");
    private static final Pattern NESTED_SCHEMA = Pattern.compile("(?:[A-Za-z0-9]+\\.)+([A-Za-z0-9]+)");
    private static final Map<Integer, String> ERRORS = new TreeMap<>(Map.of(
            400, "BadRequest", 401, "Unauthorized", 403, "Forbidden", 404, "NotFound", 409, "Conflict",
            412, "PreconditionFailed", 413, "PayloadTooLarge", 415, "UnsupportedMediaType", 422, "UnprocessableEntity",
            423, "Locked"));

    static {
        ERRORS.put(428, "PreconditionRequired");
        ERRORS.put(429, "TooManyRequests");
    }
    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("Đăng nhập", "Lấy access token (JWT) bằng email và mật khẩu, đổi refresh token, đăng xuất; người dùng hiện tại.");
        TAGS.put("Đơn vị", "Cây đơn vị: Bộ, Sở, Phòng, trường. Đọc, tạo, sửa, chuyển, sáp nhập hoặc giải thể.");
        TAGS.put("Tên miền riêng", "Tên miền riêng cho trang thông tin của đơn vị: đăng ký, xác minh quyền quản lý, thôi dùng.");
        TAGS.put("Người dùng và vai trò", "Thành viên của đơn vị và vai trò của họ; mời và thu hồi.");
        TAGS.put("Khoá API", "Khoá cho hệ thống tích hợp: phạm vi là đơn vị và các đơn vị cấp dưới, chỉ đọc hoặc đọc-ghi, có hạn, thu hồi được.");
        TAGS.put("Webhook", "Lantoa báo cho hệ thống tích hợp khi có việc ở đơn vị và cấp dưới (báo cáo gửi, trả lại, tiếp nhận, quá hạn; báo cáo nhanh; "
                + "tin được đăng; phản ánh mới đến và đã trả lời): POST có chữ ký HMAC, gửi lại khi lỗi, nhật ký gửi, gửi thử.");
        TAGS.put("Ban truyền thông", "Quyết định thành lập, đường dây nóng và thành viên Ban truyền thông của đơn vị.");
        TAGS.put("Tệp tin", "Thư viện tệp của đơn vị (lưu trên S3).");
        TAGS.put("Tin bài", "Tin bài, thông cáo báo chí và trang của trang thông tin đơn vị: viết, sửa, các phiên bản, và từng bước duyệt: "
                + "gửi duyệt, duyệt, trả lại kèm lý do, đăng ngay hoặc hẹn giờ, lưu trữ, đăng lại.");
        TAGS.put("Văn bản", "Văn bản của đơn vị (số ký hiệu, ngày ban hành, cơ quan ban hành, loại, trích yếu, tệp): nhập, gửi duyệt, đăng, gỡ.");
        TAGS.put("Chuyên mục", "Chuyên mục tin bài trên trang thông tin của đơn vị.");
        TAGS.put("Thư viện ảnh", "Ảnh của đơn vị dùng trong tin bài: tải lên (kiểm tra theo nội dung tệp), dùng làm ảnh đại diện hoặc chèn vào bài, xoá.");
        TAGS.put("Biểu mẫu báo cáo", "Biểu mẫu báo cáo do đơn vị định nghĩa, có phiên bản.");
        TAGS.put("Nghĩa vụ báo cáo", "Báo cáo đơn vị giao cho cấp dưới và phải nộp lên cấp trên: biểu mẫu, lịch, các kỳ và hạn nộp.");
        TAGS.put("Báo cáo", "Báo cáo của chính đơn vị: lưu nháp, gửi (Idempotency-Key), những báo cáo còn phải nộp.");
        TAGS.put("Báo cáo nhận được", "Báo cáo cấp dưới gửi lên theo kỳ: ai đã gửi, ai trễ, số liệu; tiếp nhận hoặc trả lại kèm lý do.");
        TAGS.put("Tổng hợp số liệu", "Số tổng hợp theo cây đơn vị của kỳ báo cáo, từng đơn vị cấp dưới; bảng theo dõi tiến độ và điểm thi.");
        TAGS.put("Báo cáo nhanh", "Báo cáo nhanh sự việc của đơn vị và cấp dưới.");
        TAGS.put("Sổ theo dõi dư luận", "Sổ theo dõi vụ việc dư luận của đơn vị (nguồn, mức độ, cách xử lý, kết quả, phản ánh liên kết) và, "
                + "chỉ xem, của các đơn vị cấp dưới; nguồn của bảng vụ việc trong báo cáo tháng.");
        TAGS.put("Sự cố truyền thông", "Sự cố truyền thông của đơn vị từ tin báo đầu tiên đến khi kết thúc: mức độ (báo ngay lên các cấp trên theo mức), "
                + "đồng hồ thông tin ban đầu, việc cần làm (từ kịch bản xử lý), diễn biến, kết thúc với kết quả và bài học; cấp trên chỉ xem.");
        TAGS.put("Chia sẻ và xác nhận", "Tin bài, văn bản đơn vị chia sẻ xuống cấp dưới và đơn vị nào đã xác nhận đã nhận; những gì cấp trên "
                + "chia sẻ cho đơn vị và việc xác nhận.");
        TAGS.put("Tin bài gửi lên", "Tin bài đơn vị gửi lên cấp trên (gương người tốt việc tốt, nhân tố điển hình); cấp trên nhận đăng lại hoặc "
                + "không nhận kèm lý do.");
        TAGS.put("Công khai", "Công khai theo Thông tư 09/2024/TT-BGDĐT: nội dung trường phải công khai và hạn từng kỳ, các mục đã công khai, "
                + "các trường cấp dưới còn thiếu hoặc công khai muộn.");
        TAGS.put("Phản ánh, kiến nghị", "Phản ánh, kiến nghị người dân gửi đến đơn vị và cuộc gọi, lượt tiếp dân cán bộ ghi lại (tổng đài ghi "
                + "cuộc gọi qua API): danh sách, hạn xử lý, tiếp nhận, giao, ghi chú, trả lời (gửi thư cho người dân), đóng, đánh dấu rác; "
                + "chuyển lên cấp trên hoặc xuống cấp dưới và theo dõi phản ánh đã chuyển đi; cấp trên xem (chỉ đọc) phản ánh đang mở của "
                + "cấp dưới, thông tin người gửi được che.");
        TAGS.put("Sự cố cấp dưới", "Bảng sự cố truyền thông đang mở của các đơn vị cấp dưới (chỉ đọc): nghiêm trọng nhất và cũ nhất trước, "
                + "đếm theo mức độ và theo đơn vị trực thuộc, hạn ra tuyên bố đầu tiên.");
        TAGS.put("Nhập dữ liệu", "Nhập hàng loạt đơn vị và quản trị viên từ tệp CSV hoặc XLSX: tải lên, xem trước từng dòng với lỗi, xác nhận, theo dõi tiến độ.");
        TAGS.put("Nhật ký", "Nhật ký thay đổi: ai đã thay đổi gì, khi nào, ở đơn vị nào, với giá trị trước và sau.");
        TAGS.put("Vận hành", "Công cụ cho quản trị nền tảng.");
    }

    private OpenApiConventions() {
    }

    /** Applies the conventions in place; {@code declared} maps "METHOD /path" to what the operation declared. */
    static void apply(Map<String, Object> doc, Map<String, Declared> declared) {
        doc.put("servers", List.of(Map.of("url", "/", "description", "Máy chủ Lantoa trả về tài liệu này")));
        Map<String, Object> components = map(doc, "components");
        Map<String, Object> schemas = map(components, "schemas");
        schemas.putAll(errorSchemas());
        components.put("responses", errorResponses());
        components.put("headers", headers());
        securityScheme(components);
        Set<String> usedTags = new LinkedHashSet<>();
        for (Map.Entry<String, Object> path : map(doc, "paths").entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) path.getValue();
            for (String method : METHODS) {
                @SuppressWarnings("unchecked")
                Map<String, Object> op = (Map<String, Object>) item.get(method);
                if (op != null) {
                    operation(path.getKey(), method, op, declared.getOrDefault(method.toUpperCase() + " " + path.getKey(), Declared.DEFAULT), schemas);
                    usedTags.addAll(list(op, "tags").stream().map(String::valueOf).toList());
                }
            }
        }
        List<Map<String, Object>> tags = new ArrayList<>();
        List<String> order = new ArrayList<>(TAGS.keySet());
        List<String> sorted = new ArrayList<>(usedTags);
        // In the order a reader meets them: signing in, units and people, then reporting; unknown tags last.
        sorted.sort(java.util.Comparator.comparingInt(t -> order.contains(t) ? order.indexOf(t) : order.size()));
        for (String tag : sorted) {
            tags.add(new LinkedHashMap<>(Map.of("name", tag, "description", TAGS.getOrDefault(tag, tag))));
        }
        doc.put("tags", tags);
        renameSchemas(doc);
        typeNullableReferences(doc, schemas);
        dropUnreferencedSchemas(doc);
        dropUnusedResponses(doc);
    }

    /**
     * micronaut-openapi writes a nullable reference as {@code nullable: true} beside an {@code allOf}, which OpenAPI 3.0
     * validators read as "must match the referred schema", so null is refused. A nullable reference is written instead
     * as a copy of the schema it refers to, marked nullable; an enum also lists null among its values, as OpenAPI 3.0.3
     * asks.
     */
    @SuppressWarnings("unchecked")
    private static void typeNullableReferences(Object node, Map<String, Object> schemas) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            if (Boolean.TRUE.equals(map.get("nullable")) && map.get("allOf") instanceof List<?> parts
                    && parts.size() == 1 && parts.get(0) instanceof Map<?, ?> part && part.get("$ref") instanceof String ref
                    && schemas.get(ref.substring(ref.lastIndexOf('/') + 1)) instanceof Map<?, ?> target) {
                map.remove("allOf");
                map.putAll((Map<String, Object>) copy(target));
                map.put("nullable", true);
                if (map.get("enum") instanceof List<?> values && !values.contains(null)) {
                    List<Object> withNull = new ArrayList<>(values);
                    withNull.add(null);
                    map.put("enum", withNull);
                }
            }
            new ArrayList<>(map.values()).forEach(v -> typeNullableReferences(v, schemas));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> typeNullableReferences(v, schemas));
        }
    }

    private static Object copy(Object node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return copy;
        }
        if (node instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return node;
    }

    /** Only the error answers some operation gives are kept among the shared responses. */
    private static void dropUnusedResponses(Map<String, Object> doc) {
        String paths = String.valueOf(doc.get("paths"));
        map(map(doc, "components"), "responses").keySet().removeIf(name -> !paths.contains("#/components/responses/" + name));
    }

    private static void operation(String path, String method, Map<String, Object> op, Declared declared, Map<String, Object> schemas) {
        stripActor(op);
        dropEmptyBody(op);
        describeListParameters(op);
        if (declared.versioned() && ("put".equals(method) || "patch".equals(method))) {
            ifMatch(op, schemas);
        }
        boolean secured = !list(op, "security").isEmpty();
        if (!secured) {
            op.put("security", List.of());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> responses = (Map<String, Object>) op.computeIfAbsent("responses", k -> new LinkedHashMap<>());
        Object success = responses.remove("200");
        if (success == null) {
            success = responses.values().stream().findFirst().orElse(null);
            responses.clear();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = success instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        List<Integer> successes = new ArrayList<>();
        successes.add(declared.status());
        successes.addAll(declared.also());
        for (int status : successes) {
            Map<String, Object> response = successResponse(status, body, secured);
            if (declared.versioned() && "get".equals(method)) {
                map(response, "headers").put("ETag", Map.of("$ref", "#/components/headers/ETag"));
            }
            responses.put(Integer.toString(status), response);
        }
        if (declared.versioned() && "get".equals(method)) {
            Map<String, Object> notModified = new LinkedHashMap<>();
            notModified.put("description", "Không thay đổi kể từ ETag gửi trong If-None-Match");
            notModified.put("headers", new LinkedHashMap<>(Map.of(RequestIds.HEADER, Map.of("$ref", "#/components/headers/RequestId"),
                    "ETag", Map.of("$ref", "#/components/headers/ETag"))));
            responses.put("304", notModified);
        }
        Set<Integer> errors = new LinkedHashSet<>();
        if ("post".equals(method) && (declared.status() == 201 || namesIdempotencyKey(op))) {
            idempotencyKey(op, errors);
        }
        if (op.containsKey("requestBody") || !list(op, "parameters").isEmpty()) {
            errors.add(400);
        }
        if (op.containsKey("requestBody")) {
            errors.add(413);
            errors.add(415);
        }
        if (secured) {
            errors.add(401);
            errors.add(403);
        }
        // Signing in is throttled per address, everything else per person or key, refreshing a token included.
        errors.add(429);
        if (path.contains("{")) {
            errors.add(404);
        }
        errors.addAll(declared.errors());
        for (int status : new java.util.TreeSet<>(errors)) {
            String name = ERRORS.get(status);
            if (name != null) {
                responses.putIfAbsent(Integer.toString(status), Map.of("$ref", "#/components/responses/" + name));
            }
        }
    }

    /** The list parameters mean the same everywhere (Paging, Sorting, Since), so they are described here once. */
    @SuppressWarnings("unchecked")
    private static void describeListParameters(Map<String, Object> op) {
        for (Object p : list(op, "parameters")) {
            if (!(p instanceof Map<?, ?> m) || !"query".equals(m.get("in"))) {
                continue;
            }
            Map<String, Object> parameter = (Map<String, Object>) m;
            Map<String, Object> schema = (Map<String, Object>) parameter.computeIfAbsent("schema", k -> new LinkedHashMap<>());
            switch (String.valueOf(parameter.get("name"))) {
                case "page" -> {
                    parameter.putIfAbsent("description", "Trang cần lấy, từ 1 (mặc định 1)");
                    schema.put("minimum", 1);
                }
                case "perPage" -> {
                    parameter.putIfAbsent("description", "Số mục mỗi trang, từ 1 đến " + Paging.MAX + " (mặc định " + Paging.DEFAULT + ")");
                    schema.put("minimum", 1);
                    schema.put("maximum", Paging.MAX);
                }
                case "sort" -> parameter.putIfAbsent("description", "Trường để sắp xếp (xem mô tả thao tác); thêm - ở đầu để xếp giảm dần");
                case "updatedSince" -> {
                    parameter.putIfAbsent("description", "Chỉ lấy mục thay đổi từ thời điểm này (ISO-8601 có múi giờ)");
                    schema.put("format", "date-time");
                }
                case "since" -> {
                    parameter.putIfAbsent("description", "Chỉ lấy mục xảy ra từ thời điểm này (ISO-8601 có múi giờ)");
                    schema.put("format", "date-time");
                }
                default -> {
                }
            }
        }
    }

    /** An action that is not a create but says it takes an Idempotency-Key (a confirmation that starts work once). */
    private static boolean namesIdempotencyKey(Map<String, Object> op) {
        return list(op, "parameters").stream().anyMatch(p -> p instanceof Map<?, ?> m && "Idempotency-Key".equalsIgnoreCase(String.valueOf(m.get("name"))));
    }

    /**
     * Once the actor is gone, a body that was only the actor (deletes, actions such as accept) is no body at all: a
     * generated client would otherwise make every caller pass an empty object.
     */
    private static void dropEmptyBody(Map<String, Object> op) {
        if (op.get("requestBody") instanceof Map<?, ?> rb && rb.get("content") instanceof Map<?, ?> content
                && content.values().stream().allMatch(OpenApiConventions::emptyObject)) {
            op.remove("requestBody");
        }
    }

    private static boolean emptyObject(Object media) {
        return media instanceof Map<?, ?> mt && mt.get("schema") instanceof Map<?, ?> schema && !schema.containsKey("$ref")
                && !schema.containsKey("allOf") && (!(schema.get("properties") instanceof Map<?, ?> props) || props.isEmpty())
                && !schema.containsKey("additionalProperties");
    }

    /**
     * Updates of what two people may edit name the version they were made from: If-Match with the ETag of the read.
     * Where the body has no version field of its own, the header is the only way, so it is required.
     */
    private static void ifMatch(Map<String, Object> op, Map<String, Object> schemas) {
        boolean bodyHasVersion = false;
        if (op.get("requestBody") instanceof Map<?, ?> rb && rb.get("content") instanceof Map<?, ?> content) {
            for (Object media : content.values()) {
                if (media instanceof Map<?, ?> mt && mt.get("schema") instanceof Map<?, ?> schema) {
                    Object target = schema.get("$ref") instanceof String ref ? schemas.get(ref.substring(ref.lastIndexOf('/') + 1)) : schema;
                    bodyHasVersion |= target instanceof Map<?, ?> t && t.get("properties") instanceof Map<?, ?> props && props.containsKey("version");
                }
            }
        }
        List<Object> parameters = list(op, "parameters");
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", "If-Match");
        parameter.put("in", "header");
        parameter.put("required", !bodyHasVersion);
        parameter.put("description", "ETag của lần đọc (\"v3\"): nếu người khác đã sửa sau đó, trả về 412 STALE_VERSION; thiếu phiên bản trả về 428"
                + (bodyHasVersion ? " (có thể gửi version trong thân thay cho tiêu đề này)." : "."));
        parameter.put("schema", new LinkedHashMap<>(Map.of("type", "string")));
        parameters.add(parameter);
        op.put("parameters", parameters);
    }

    /** Every create takes an Idempotency-Key (IdempotencyKeys), optional unless the operation binds it itself. */
    @SuppressWarnings("unchecked")
    private static void idempotencyKey(Map<String, Object> op, Set<Integer> errors) {
        List<Object> parameters = list(op, "parameters");
        boolean declared = namesIdempotencyKey(op);
        if (declared) {
            // An operation that names the header without binding it (the filter keeps the promise) gets its type written here.
            parameters.stream().filter(p -> p instanceof Map<?, ?> m && "Idempotency-Key".equalsIgnoreCase(String.valueOf(m.get("name"))))
                    .map(p -> (Map<String, Object>) p)
                    .filter(p -> !(p.get("schema") instanceof Map<?, ?> schema) || !"string".equals(schema.get("type")))
                    .forEach(p -> p.put("schema", new LinkedHashMap<>(Map.of("type", "string", "maxLength", 255))));
        }
        if (!declared) {
            Map<String, Object> parameter = new LinkedHashMap<>();
            parameter.put("name", "Idempotency-Key");
            parameter.put("in", "header");
            parameter.put("required", false);
            parameter.put("description", "Khóa do bên gọi tạo (ví dụ UUID) để gửi lại an toàn: cùng khóa và cùng yêu cầu trong 24 giờ nhận lại đúng câu trả lời "
                    + "lần đầu (Idempotent-Replayed: true) mà không tạo thêm; cùng khóa cho yêu cầu khác: 422; khi lần đầu chưa xong: 409.");
            parameter.put("schema", new LinkedHashMap<>(Map.of("type", "string", "maxLength", 255)));
            parameters.add(parameter);
            op.put("parameters", parameters);
        }
        errors.add(409);
        errors.add(422);
    }

    private static Map<String, Object> successResponse(int status, Map<String, Object> generated, boolean secured) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", switch (status) {
            case 201 -> "Đã tạo";
            case 204 -> "Đã thực hiện, không có nội dung trả về";
            default -> "Thành công";
        });
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(RequestIds.HEADER, Map.of("$ref", "#/components/headers/RequestId"));
        if (secured) {
            headers.put("RateLimit-Limit", Map.of("$ref", "#/components/headers/RateLimitLimit"));
            headers.put("RateLimit-Remaining", Map.of("$ref", "#/components/headers/RateLimitRemaining"));
            headers.put("RateLimit-Reset", Map.of("$ref", "#/components/headers/RateLimitReset"));
        }
        if (status == 201) {
            headers.put("Location", Map.of("$ref", "#/components/headers/Location"));
        }
        Object content = generated.get("content");
        if (content != null && status != 204) {
            if (content.toString().contains("ApiList_")) {
                headers.put("Link", Map.of("$ref", "#/components/headers/Link"));
                headers.put("X-Total-Count", Map.of("$ref", "#/components/headers/TotalCount"));
            }
            response.put("content", content);
        }
        response.put("headers", headers);
        return response;
    }

    /** Controllers receive the signed-in Actor as a parameter; it is bound from the token, never sent by a client. */
    @SuppressWarnings("unchecked")
    private static void stripActor(Map<String, Object> op) {
        List<Object> parameters = list(op, "parameters");
        parameters.removeIf(p -> p instanceof Map<?, ?> m && (isActor(m.get("schema")) || "actor".equals(m.get("name"))));
        if (parameters.isEmpty()) {
            op.remove("parameters");
        }
        Object requestBody = op.get("requestBody");
        if (!(requestBody instanceof Map<?, ?> rb) || !(rb.get("content") instanceof Map<?, ?> content)) {
            return;
        }
        for (Object media : content.values()) {
            if (!(media instanceof Map<?, ?> mt) || !(mt.get("schema") instanceof Map<?, ?> schema)) {
                continue;
            }
            Map<String, Object> s = (Map<String, Object>) schema;
            if (mt.get("encoding") instanceof Map<?, ?> encoding) {
                encoding.remove("actor");
                if (encoding.isEmpty()) {
                    ((Map<String, Object>) mt).remove("encoding");
                }
            }
            if (s.get("allOf") instanceof List<?> parts) {
                List<Object> kept = new ArrayList<>(parts);
                kept.removeIf(part -> part instanceof Map<?, ?> pm && pm.get("properties") instanceof Map<?, ?> props
                        && props.keySet().stream().allMatch("actor"::equals));
                if (kept.size() == 1) {
                    ((Map<String, Object>) mt).put("schema", kept.get(0));
                } else {
                    s.put("allOf", kept);
                }
            }
            if (s.get("properties") instanceof Map<?, ?> props) {
                props.remove("actor");
                if (s.get("required") instanceof List<?> required) {
                    required.remove("actor");
                }
            }
        }
    }

    private static boolean isActor(Object schema) {
        return schema instanceof Map<?, ?> m && String.valueOf(m.get("$ref")).endsWith("/Actor");
    }

    private static void securityScheme(Map<String, Object> components) {
        Map<String, Object> schemes = map(components, "securitySchemes");
        Map<String, Object> bearer = new LinkedHashMap<>();
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        bearer.put("description", "Access token (JWT) từ POST /api/v1/auth/token, hoặc khóa API (bắt đầu bằng lantoa_) do quản trị đơn vị tạo.");
        schemes.put("bearer", bearer);
    }

    private static Map<String, Object> errorSchemas() {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("type", "object");
        field.put("required", List.of("field", "code", "message"));
        field.put("properties", new LinkedHashMap<>(Map.of(
                "field", Map.of("type", "string", "description", "Tên trường trong yêu cầu (hoặc tham số) bị lỗi"),
                "code", Map.of("type", "string", "description", "Mã lỗi ổn định của trường, ví dụ unit.name.required"),
                "message", Map.of("type", "string", "description", "Thông báo tiếng Việt cho người dùng"))));
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "object");
        error.put("description", "Mọi lỗi của API có cùng dạng này: mã ổn định cho chương trình, thông báo tiếng Việt cho người đọc, "
                + "và lỗi theo từng trường khi dữ liệu gửi lên không hợp lệ.");
        error.put("required", List.of("code", "message", "errors"));
        error.put("properties", new LinkedHashMap<>(Map.of(
                "code", Map.of("type", "string", "description", "Mã lỗi ổn định: VALIDATION_FAILED, MALFORMED_BODY, UNAUTHORIZED, FORBIDDEN, "
                        + "NOT_FOUND, CONFLICT, RATE_LIMITED..."),
                "message", Map.of("type", "string"),
                "errors", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/ApiErrorField")))));
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("ApiError", error);
        schemas.put("ApiErrorField", field);
        return schemas;
    }

    private static Map<String, Object> errorResponses() {
        Map<String, String> descriptions = Map.ofEntries(
                Map.entry("BadRequest", "Yêu cầu không hợp lệ: JSON sai cú pháp (MALFORMED_BODY), sai kiểu, hoặc dữ liệu không hợp lệ (VALIDATION_FAILED, kèm lỗi từng trường)"),
                Map.entry("Unauthorized", "Thiếu hoặc sai token, token hết hạn hoặc đã thu hồi"),
                Map.entry("Forbidden", "Có quyền xem đơn vị nhưng không có quyền thực hiện thao tác này"),
                Map.entry("NotFound", "Không có, hoặc nằm ngoài phạm vi được xem (đơn vị khác không bao giờ lộ ra)"),
                Map.entry("Conflict", "Xung đột với trạng thái hiện tại (ví dụ đã được xử lý trước đó)"),
                Map.entry("PreconditionFailed", "Phiên bản đã cũ: người khác đã sửa trước (If-Match hoặc version không khớp)"),
                Map.entry("PayloadTooLarge", "Nội dung gửi lên quá lớn"),
                Map.entry("UnsupportedMediaType", "Kiểu nội dung không được hỗ trợ"),
                Map.entry("UnprocessableEntity", "Idempotency-Key đã dùng cho một yêu cầu khác"),
                Map.entry("Locked", "Tài khoản tạm khóa sau nhiều lần đăng nhập sai"),
                Map.entry("PreconditionRequired", "Cần gửi phiên bản đang sửa (If-Match hoặc version) (VERSION_REQUIRED)"),
                Map.entry("TooManyRequests", "Vượt giới hạn số yêu cầu; thử lại sau số giây trong Retry-After"));
        Map<String, Object> responses = new LinkedHashMap<>();
        for (String name : ERRORS.values()) {
            Map<String, Object> headers = new LinkedHashMap<>();
            headers.put(RequestIds.HEADER, Map.of("$ref", "#/components/headers/RequestId"));
            if (name.equals("TooManyRequests")) {
                headers.put("Retry-After", Map.of("$ref", "#/components/headers/RetryAfter"));
            }
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("description", descriptions.get(name));
            response.put("headers", headers);
            response.put("content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/ApiError"))));
            responses.put(name, response);
        }
        return responses;
    }

    private static Map<String, Object> headers() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("RequestId", header("Mã của yêu cầu (giữ nguyên mã do bên gọi gửi trong X-Request-Id nếu hợp lệ); dùng khi liên hệ hỗ trợ", "string"));
        headers.put("RateLimitLimit", header("Số yêu cầu được phép mỗi phút cho người dùng hoặc khóa API này", "integer"));
        headers.put("RateLimitRemaining", header("Số yêu cầu còn lại trong phút hiện tại", "integer"));
        headers.put("RateLimitReset", header("Số giây tối đa đến khi hạn mức được làm đầy lại", "integer"));
        headers.put("RetryAfter", header("Số giây cần chờ trước khi thử lại", "integer"));
        Map<String, Object> location = header("Địa chỉ của tài nguyên vừa tạo", "string");
        location.put("required", true);
        headers.put("Location", location);
        headers.put("Link", header("Liên kết phân trang (RFC 8288): first, prev, next, last", "string"));
        headers.put("TotalCount", header("Tổng số mục của danh sách", "integer"));
        headers.put("ETag", header("Phiên bản của tài nguyên, dạng \"v3\"; gửi lại trong If-Match khi sửa, hoặc If-None-Match khi đọc lại", "string"));
        return headers;
    }

    private static Map<String, Object> header(String description, String type) {
        return new LinkedHashMap<>(Map.of("description", description, "schema", Map.of("type", type)));
    }

    /** UnitApiController.UnitView becomes UnitView, ApiList_UnitApiController.UnitView_ becomes UnitViewList. */
    @SuppressWarnings("unchecked")
    private static void renameSchemas(Map<String, Object> doc) {
        Map<String, Object> schemas = map(map(doc, "components"), "schemas");
        Map<String, String> renames = new LinkedHashMap<>();
        Set<String> taken = new LinkedHashSet<>(schemas.keySet());
        for (String name : schemas.keySet()) {
            Matcher list = LIST_SCHEMA.matcher(name);
            Matcher nested = NESTED_SCHEMA.matcher(name);
            String wanted = list.matches() ? list.group(1) + "List" : nested.matches() ? nested.group(1) : null;
            if (wanted != null && taken.contains(wanted)) {
                // Two controllers' PeriodView: the one that came second is named after its owner (ObligationPeriodView).
                String owner = name.replaceFirst("^ApiList_", "").split("\\.")[0].replaceFirst("(Api)?Controller$", "");
                wanted = owner + wanted;
            }
            if (wanted != null && !taken.contains(wanted)) {
                renames.put(name, wanted);
                taken.add(wanted);
            }
        }
        Map<String, Object> renamed = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> renamed.put(renames.getOrDefault(name, name), schema));
        schemas.clear();
        schemas.putAll(renamed);
        Map<String, String> refs = new LinkedHashMap<>();
        renames.forEach((from, to) -> refs.put("#/components/schemas/" + from, "#/components/schemas/" + to));
        rewriteRefs(doc, refs);
    }

    @SuppressWarnings("unchecked")
    private static void rewriteRefs(Object node, Map<String, String> refs) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            Object ref = map.get("$ref");
            if (ref instanceof String r && refs.containsKey(r)) {
                map.put("$ref", refs.get(r));
            }
            map.values().forEach(v -> rewriteRefs(v, refs));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> rewriteRefs(v, refs));
        }
    }

    /** Schemas no operation reaches any more (the Actor and its grants), found by following references from the paths. */
    private static void dropUnreferencedSchemas(Map<String, Object> doc) {
        Map<String, Object> schemas = map(map(doc, "components"), "schemas");
        Set<String> reached = new LinkedHashSet<>();
        List<Object> pending = new ArrayList<>(List.of(doc.get("paths"), map(doc, "components").get("responses")));
        while (!pending.isEmpty()) {
            Object node = pending.remove(pending.size() - 1);
            if (node instanceof Map<?, ?> m) {
                if (m.get("$ref") instanceof String r && r.startsWith("#/components/schemas/")) {
                    String name = r.substring("#/components/schemas/".length());
                    if (reached.add(name) && schemas.containsKey(name)) {
                        pending.add(schemas.get(name));
                    }
                }
                pending.addAll(m.values());
            } else if (node instanceof List<?> l) {
                pending.addAll(l);
            }
        }
        schemas.keySet().retainAll(reached);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value instanceof List<?> l) {
            List<Object> mutable = new ArrayList<>(l);
            parent.put(key, mutable);
            return mutable;
        }
        return new ArrayList<>();
    }
}
