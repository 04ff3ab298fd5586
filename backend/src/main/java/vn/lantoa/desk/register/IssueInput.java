package vn.lantoa.desk.register;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a person typed for an issue, from the page or the API, as text: checked here field by field, so that each
 * mistake is named next to its field. Which units and cases exist is checked by {@link Register} against the database.
 */
public record IssueInput(@Nullable String title, @Nullable String source, @Nullable String link, @Nullable String firstSeenOn,
                         @Nullable String severity, @Nullable String status, @Nullable String handling, @Nullable String result,
                         List<String> unitIds, @Nullable String caseCodes, @Nullable String version) {

    static final int TITLE_MAX = 300;
    static final int LINK_MAX = 1000;
    static final int TEXT_MAX = 10_000;
    static final int CASES_MAX = 50;
    static final int UNITS_MAX = 200;

    /** The checked values; unit ids and case codes still to be found in the unit. */
    public record Draft(String title, IssueSource source, @Nullable String link, LocalDate firstSeenOn, Severity severity, IssueStatus status,
                        @Nullable String handling, @Nullable String result, Set<Long> unitIds, List<String> caseCodes) {
    }

    public static IssueInput empty(LocalDate today) {
        return new IssueInput("", "", "", vn.lantoa.platform.time.VietnamTime.date(today), Severity.MEDIUM.name(),
                IssueStatus.WATCHING.name(), "", "", List.of(), "", null);
    }

    /** The same with every missing text as empty, for showing the form again. */
    IssueInput orBlank() {
        return new IssueInput(b(title), b(source), b(link), b(firstSeenOn), b(severity), b(status), b(handling), b(result),
                unitIds == null ? List.of() : unitIds, b(caseCodes), b(version));
    }

    private static String b(String s) {
        return s == null ? "" : s;
    }

    /** The draft, or null with the errors added. */
    Draft validate(FieldErrors errors, LocalDate today) {
        String t = Fields.text(errors, "title", title, TITLE_MAX, "register.title.required");
        IssueSource s = IssueSource.parse(source);
        if (s == null) {
            errors.add("source", "register.source.required");
        }
        String l = Fields.text(errors, "link", link, LINK_MAX, null);
        if (l != null && !l.toLowerCase(Locale.ROOT).matches("https?://[^\\s]+")) {
            errors.add("link", "register.link.invalid");
        }
        LocalDate seen = null;
        if (VietnameseText.blankToNull(firstSeenOn) == null) {
            errors.add("firstSeenOn", "register.firstSeen.required");
        } else {
            seen = Fields.date(errors, "firstSeenOn", firstSeenOn);
            if (seen != null && seen.isAfter(today)) {
                errors.add("firstSeenOn", "register.firstSeen.future");
            } else if (seen != null && seen.getYear() < 2000) {
                errors.add("firstSeenOn", "field.date.invalid");
            }
        }
        Severity sev = Severity.parse(severity);
        if (sev == null) {
            errors.add("severity", "register.severity.required");
        }
        IssueStatus st = IssueStatus.parse(status);
        if (st == null) {
            errors.add("status", "register.status.required");
        }
        String h = Fields.multiline(errors, "handling", handling, TEXT_MAX);
        String r = Fields.multiline(errors, "result", result, TEXT_MAX);
        if (st == IssueStatus.RESOLVED && r == null) {
            errors.add("result", "register.result.requiredWhenResolved");
        }
        Set<Long> units = new LinkedHashSet<>();
        for (String id : unitIds == null ? List.<String>of() : unitIds) {
            if (id == null || id.isBlank()) {
                continue;
            }
            try {
                units.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                errors.add("unitIds", "register.units.invalid");
                break;
            }
        }
        if (units.size() > UNITS_MAX) {
            errors.add("unitIds", "register.units.tooMany", UNITS_MAX);
        }
        List<String> codes = codes(caseCodes);
        if (codes.size() > CASES_MAX) {
            errors.add("caseCodes", "register.cases.tooMany", CASES_MAX);
        } else {
            codes.stream().filter(c -> !c.matches("PA-\\d{4}-[0-9A-Z]{4}")).findFirst()
                    .ifPresent(c -> errors.add("caseCodes", "register.cases.badCode", c.length() > 30 ? c.substring(0, 30) + "…" : c));
        }
        if (errors.hasAny()) {
            return null;
        }
        return new Draft(t, s, l, seen, sev, st, h, r, units, codes);
    }

    /** Case codes typed one after another, separated by commas, semicolons, spaces or lines; upper-cased, each once. */
    static List<String> codes(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : typed.toUpperCase(Locale.ROOT).split("[\\s,;]+")) {
            if (!part.isBlank() && !codes.contains(part)) {
                codes.add(part);
            }
        }
        return codes;
    }
}
