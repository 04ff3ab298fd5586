package vn.lantoa.recognition;

import io.micronaut.core.annotation.Nullable;
import io.netty.handler.codec.http.QueryStringDecoder;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a person typed for a good example, as text, checked field by field so each mistake is named next to its field. */
public record ExampleInput(@Nullable String honoree, @Nullable String kind, @Nullable String honoreeUnit, @Nullable String deed,
                           @Nullable String deedOn, @Nullable String field, @Nullable String coverFileId, List<String> attachmentIds) {

    static final int DEED_MAX = 4000;

    /** The checked example; the files are the unit's (the newsroom checks that when it writes the article). */
    public record Draft(String honoree, boolean collective, String honoreeUnit, String deed, LocalDate deedOn, ExampleField field, @Nullable Long coverFileId,
                 List<Long> attachmentIds) {
    }

    static ExampleInput empty(String unitName) {
        return new ExampleInput("", "PERSON", unitName, "", "", ExampleField.TEACHING.name(), "", List.of());
    }

    static ExampleInput parse(@Nullable String body) {
        Map<String, List<String>> v = body == null || body.isEmpty() ? Map.of()
                : new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 1_000).parameters();
        return new ExampleInput(one(v, "honoree"), one(v, "kind"), one(v, "honoreeUnit"), one(v, "deed"), one(v, "deedOn"), one(v, "field"),
                one(v, "coverFileId"), v.getOrDefault("attachmentIds", List.of()));
    }

    public boolean chosen(long fileId) {
        return attachmentIds.contains(String.valueOf(fileId));
    }

    Draft validate(FieldErrors errors, LocalDate today) {
        String who = Fields.text(errors, "honoree", honoree, 200, "examples.honoree.required");
        boolean collective = "COLLECTIVE".equals(kind);
        if (!collective && !"PERSON".equals(kind)) {
            errors.add("kind", "examples.kind.required");
        }
        String where = Fields.text(errors, "honoreeUnit", honoreeUnit, 300, "examples.honoreeUnit.required");
        String what = Fields.multiline(errors, "deed", deed, DEED_MAX);
        if (what == null && !errors.has("deed")) {
            errors.add("deed", "examples.deed.required");
        }
        LocalDate on = Fields.date(errors, "deedOn", deedOn);
        if (on == null && !errors.has("deedOn")) {
            errors.add("deedOn", "examples.deedOn.required");
        } else if (on != null && (on.getYear() < 2000 || on.isAfter(today))) {
            errors.add("deedOn", "examples.deedOn.range");
        }
        ExampleField f = ExampleField.parse(field);
        if (f == null) {
            errors.add("field", "examples.field.required");
        }
        Long photo = id(errors, "coverFileId", coverFileId);
        Set<Long> files = new LinkedHashSet<>();
        for (String a : attachmentIds) {
            Long id = id(errors, "attachmentIds", a);
            if (id != null) {
                files.add(id);
            }
        }
        if (files.size() > 20) {
            errors.add("attachmentIds", "examples.attachments.tooMany", 20);
        }
        return errors.hasAny() ? null : new Draft(who, collective, where, what, on, f, photo, List.copyOf(files));
    }

    private static Long id(FieldErrors errors, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(name, "examples.file.invalid");
            return null;
        }
    }

    private static String one(Map<String, List<String>> values, String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
