package vn.lantoa.press.monitoring;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.desk.Topic;
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
 * A clipping as typed on the page or sent to the API, as text: checked field by field so each mistake is named next to
 * its field. Whether the concerned units are the unit's or below it is checked by {@link Clippings} against the tree.
 */
public record ClippingInput(@Nullable String url, @Nullable String outletName, @Nullable String outletKind, @Nullable String title,
                           @Nullable String publishedOn, @Nullable String tone, List<String> topics, List<String> unitIds,
                           @Nullable String reach, @Nullable String note, @Nullable String version) {

    static final int URL_MAX = 1000;
    static final int OUTLET_MAX = 200;
    static final int TITLE_MAX = 500;
    static final int NOTE_MAX = 2000;
    static final int UNITS_MAX = 200;

    /** The checked values. */
    record Draft(@Nullable String url, String outletName, OutletKind outletKind, String title, LocalDate publishedOn, Tone tone,
                 List<Topic> topics, Set<Long> unitIds, @Nullable Integer reach, @Nullable String note) {

        String topicCodes() {
            return String.join(",", topics.stream().map(Topic::name).toList());
        }
    }

    static ClippingInput empty(LocalDate today) {
        return new ClippingInput("", "", OutletKind.ONLINE.name(), "", vn.lantoa.platform.time.VietnamTime.date(today), Tone.NEUTRAL.name(),
                List.of(), List.of(), "", "", null);
    }

    ClippingInput orBlank() {
        return new ClippingInput(b(url), b(outletName), b(outletKind), b(title), b(publishedOn), b(tone), topics == null ? List.of() : topics,
                unitIds == null ? List.of() : unitIds, b(reach), b(note), b(version));
    }

    private static String b(String s) {
        return s == null ? "" : s;
    }

    /** The draft, or null with the errors added. */
    Draft validate(FieldErrors errors, LocalDate today) {
        String u = Fields.text(errors, "url", url, URL_MAX, null);
        if (u != null && !WebAddress.isHttp(u)) {
            errors.add("url", "press.clipping.url.invalid");
        }
        String outlet = Fields.text(errors, "outletName", outletName, OUTLET_MAX, "press.clipping.outlet.required");
        OutletKind kind = OutletKind.parse(outletKind);
        if (kind == null) {
            errors.add("outletKind", "press.clipping.kind.required");
        }
        String t = Fields.text(errors, "title", title, TITLE_MAX, "press.clipping.title.required");
        LocalDate on = null;
        if (VietnameseText.blankToNull(publishedOn) == null) {
            errors.add("publishedOn", "press.clipping.date.required");
        } else {
            on = Fields.date(errors, "publishedOn", publishedOn);
            if (on != null && on.isAfter(today)) {
                errors.add("publishedOn", "press.clipping.date.future");
            } else if (on != null && on.getYear() < 2000) {
                errors.add("publishedOn", "field.date.invalid");
            }
        }
        Tone tn = Tone.parse(tone);
        if (tn == null) {
            errors.add("tone", "press.clipping.tone.required");
        }
        List<Topic> chosen = new ArrayList<>();
        for (String code : topics == null ? List.<String>of() : topics) {
            if (code == null || code.isBlank()) {
                continue;
            }
            Topic topic = Topic.parse(code.strip().toUpperCase(Locale.ROOT));
            if (topic == null) {
                errors.add("topics", "press.clipping.topics.invalid");
                break;
            }
            if (!chosen.contains(topic)) {
                chosen.add(topic);
            }
        }
        Set<Long> units = new LinkedHashSet<>();
        for (String id : unitIds == null ? List.<String>of() : unitIds) {
            if (id == null || id.isBlank()) {
                continue;
            }
            try {
                units.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                errors.add("unitIds", "press.clipping.units.invalid");
                break;
            }
        }
        if (units.size() > UNITS_MAX) {
            errors.add("unitIds", "press.clipping.units.invalid");
        }
        Integer r = null;
        String typedReach = VietnameseText.blankToNull(reach);
        if (typedReach != null) {
            try {
                long n = Long.parseLong(typedReach.replace(".", "").replace(",", "").replace(" ", ""));
                if (n < 0 || n > Integer.MAX_VALUE) {
                    errors.add("reach", "press.clipping.reach.invalid");
                } else {
                    r = (int) n;
                }
            } catch (NumberFormatException e) {
                errors.add("reach", "press.clipping.reach.invalid");
            }
        }
        String n = Fields.multiline(errors, "note", note, NOTE_MAX);
        if (errors.hasAny()) {
            return null;
        }
        return new Draft(u, outlet, kind, t, on, tn, chosen, units, r, n);
    }
}
