package vn.lantoa.training;

import io.micronaut.core.annotation.Nullable;
import io.netty.handler.codec.http.QueryStringDecoder;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.sharing.Audience;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the organiser typed for a training, as text, checked field by field. */
public record TrainingInput(@Nullable String title, @Nullable String startsOn, @Nullable String endsOn, @Nullable String place,
                            @Nullable String onlineUrl, @Nullable String programme, @Nullable String audience, @Nullable String expectedPerUnit,
                            @Nullable String registrationDeadline, List<String> materialIds) {

    public record Draft(String title, LocalDate startsOn, LocalDate endsOn, @Nullable String place, @Nullable String onlineUrl, @Nullable String programme,
                 Audience audience, int expectedPerUnit, LocalDate registrationDeadline, Set<Long> materialIds) {
    }

    static TrainingInput empty() {
        return new TrainingInput("", "", "", "", "", "", "CHILDREN", "2", "", List.of());
    }

    static TrainingInput parse(@Nullable String body) {
        Map<String, List<String>> v = body == null || body.isEmpty() ? Map.of()
                : new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 1_000).parameters();
        return new TrainingInput(one(v, "title"), one(v, "startsOn"), one(v, "endsOn"), one(v, "place"), one(v, "onlineUrl"), one(v, "programme"),
                one(v, "audience"), one(v, "expectedPerUnit"), one(v, "registrationDeadline"), v.getOrDefault("materialIds", List.of()));
    }

    public boolean chosen(long fileId) {
        return materialIds.contains(String.valueOf(fileId));
    }

    Draft validate(FieldErrors errors, LocalDate today) {
        String t = Fields.text(errors, "title", title, 300, "training.title.required");
        LocalDate start = date(errors, "startsOn", startsOn, "training.startsOn.required");
        LocalDate end = Fields.date(errors, "endsOn", endsOn);
        if (end == null && !errors.has("endsOn")) {
            end = start;
        }
        if (start != null && start.isBefore(today)) {
            errors.add("startsOn", "training.startsOn.past");
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endsOn", "training.endsOn.beforeStart");
        }
        String p = Fields.text(errors, "place", place, 300, null);
        String url = Fields.text(errors, "onlineUrl", onlineUrl, 1000, null);
        if (url != null && !url.toLowerCase(Locale.ROOT).matches("https?://[^\\s<>\"']+")) {
            errors.add("onlineUrl", "training.onlineUrl.invalid");
        }
        if (p == null && url == null && !errors.has("onlineUrl")) {
            errors.add("place", "training.place.required");
        }
        String prog = Fields.multiline(errors, "programme", programme, 10_000);
        Audience who = Audience.parse(audience);
        if (who == null) {
            errors.add("audience", "training.audience.required");
        }
        int expected = 0;
        try {
            expected = Integer.parseInt(expectedPerUnit == null ? "" : expectedPerUnit.strip());
            if (expected < 1 || expected > 200) {
                errors.add("expectedPerUnit", "training.expected.range", 1, 200);
            }
        } catch (NumberFormatException e) {
            errors.add("expectedPerUnit", "training.expected.range", 1, 200);
        }
        LocalDate deadline = date(errors, "registrationDeadline", registrationDeadline, "training.deadline.required");
        if (deadline != null && start != null && deadline.isAfter(start)) {
            errors.add("registrationDeadline", "training.deadline.afterStart");
        }
        Set<Long> files = new LinkedHashSet<>();
        for (String m : materialIds) {
            try {
                files.add(Long.parseLong(m.strip()));
            } catch (NumberFormatException e) {
                errors.add("materialIds", "training.materials.invalid");
                break;
            }
        }
        if (files.size() > 30) {
            errors.add("materialIds", "training.materials.tooMany", 30);
        }
        return errors.hasAny() ? null : new Draft(t, start, end, p, url, prog, who, expected, deadline, files);
    }

    private static LocalDate date(FieldErrors errors, String field, String value, String requiredKey) {
        LocalDate d = Fields.date(errors, field, value);
        if (d == null && !errors.has(field)) {
            errors.add(field, requiredKey);
        } else if (d != null && (d.getYear() < 2000 || d.getYear() > 2999)) {
            errors.add(field, "field.date.invalid");
            return null;
        }
        return d;
    }

    private static String one(Map<String, List<String>> values, String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
