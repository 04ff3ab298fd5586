package vn.lantoa.press.events;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a person typed for a press event, as text, checked field by field so that each mistake is named next to its field.
 * Times are Vietnam times; whether the chosen members, contacts, files and clippings are the unit's is {@link EventRefs}'.
 */
public record EventInput(@Nullable String kind, @Nullable String title, @Nullable String startsOn, @Nullable String startsAt, @Nullable String endsOn,
                  @Nullable String endsAt, @Nullable String place, @Nullable String description, @Nullable String pressGuests,
                  @Nullable String results, List<String> memberIds, List<String> contactIds, List<String> fileIds, List<String> clippingIds,
                  @Nullable String links, @Nullable String version) {

    static final int TITLE_MAX = 300;
    static final int PLACE_MAX = 300;
    static final int TEXT_MAX = 10_000;
    static final int URL_MAX = 1000;
    static final int LINKS_MAX = 30;
    static final int CHOSEN_MAX = 200;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");

    public record Draft(EventKind kind, String title, Instant startsAt, @Nullable Instant endsAt, String place, @Nullable String description,
                 @Nullable String pressGuests, @Nullable String results, Set<Long> memberIds, Set<Long> contactIds, Set<Long> fileIds,
                 Set<Long> clippingIds, List<String> links) {
    }

    static EventInput empty() {
        return new EventInput(EventKind.CONFERENCE.name(), "", "", "08:00", "", "", "", "", "", "", List.of(), List.of(), List.of(), List.of(), "", null);
    }

    EventInput orBlank() {
        return new EventInput(b(kind), b(title), b(startsOn), b(startsAt), b(endsOn), b(endsAt), b(place), b(description), b(pressGuests), b(results),
                l(memberIds), l(contactIds), l(fileIds), l(clippingIds), b(links), b(version));
    }

    public boolean chosen(String field, String value) {
        List<String> list = switch (field) {
            case "memberIds" -> memberIds;
            case "contactIds" -> contactIds;
            case "fileIds" -> fileIds;
            default -> clippingIds;
        };
        return list != null && list.contains(value);
    }

    /** The draft, or null with the errors added. */
    Draft validate(FieldErrors errors) {
        EventKind k = EventKind.parse(kind);
        if (k == null) {
            errors.add("kind", "press.event.kind.required");
        }
        String t = Fields.text(errors, "title", title, TITLE_MAX, "press.event.title.required");
        LocalDate day = null;
        if (VietnameseText.blankToNull(startsOn) == null) {
            errors.add("startsOn", "press.event.startsOn.required");
        } else {
            day = year(errors, "startsOn", Fields.date(errors, "startsOn", startsOn));
        }
        LocalTime from = time(errors, "startsAt", startsAt);
        if (from == null && !errors.has("startsAt")) {
            errors.add("startsAt", "press.event.time.required");
        }
        LocalDate endDay = year(errors, "endsOn", Fields.date(errors, "endsOn", endsOn));
        LocalTime to = time(errors, "endsAt", endsAt);
        Instant start = day == null || from == null ? null : day.atTime(from).atZone(VietnamTime.ZONE).toInstant();
        Instant end = null;
        if (endDay != null || to != null) {
            LocalDate d = endDay != null ? endDay : day;
            LocalTime h = to != null ? to : LocalTime.of(23, 59);
            end = d == null ? null : d.atTime(h).atZone(VietnamTime.ZONE).toInstant();
            if (start != null && end != null && !end.isAfter(start)) {
                errors.add(to != null ? "endsAt" : "endsOn", "press.event.end.beforeStart");
            }
        }
        String p = Fields.text(errors, "place", place, PLACE_MAX, "press.event.place.required");
        String desc = Fields.multiline(errors, "description", description, TEXT_MAX);
        String guests = Fields.multiline(errors, "pressGuests", pressGuests, TEXT_MAX);
        String res = Fields.multiline(errors, "results", results, TEXT_MAX);
        Set<Long> members = ids(errors, "memberIds", memberIds);
        Set<Long> contacts = ids(errors, "contactIds", contactIds);
        Set<Long> files = ids(errors, "fileIds", fileIds);
        Set<Long> clippings = ids(errors, "clippingIds", clippingIds);
        List<String> urls = urls(errors, links);
        if (errors.hasAny()) {
            return null;
        }
        return new Draft(k, t, start, end, p, desc, guests, res, members, contacts, files, clippings, urls);
    }

    private static LocalDate year(FieldErrors errors, String field, LocalDate date) {
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2999)) {
            errors.add(field, "field.date.invalid");
            return null;
        }
        return date;
    }

    private static LocalTime time(FieldErrors errors, String field, String value) {
        String v = VietnameseText.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalTime.parse(v.replace('h', ':').replace('.', ':'), HOUR);
        } catch (DateTimeParseException e) {
            errors.add(field, "press.event.time.invalid");
            return null;
        }
    }

    private static Set<Long> ids(FieldErrors errors, String field, List<String> values) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(v.strip()));
            } catch (NumberFormatException e) {
                errors.add(field, "press.event.choice.invalid");
                return Set.of();
            }
        }
        if (ids.size() > CHOSEN_MAX) {
            errors.add(field, "press.event.choice.tooMany", CHOSEN_MAX);
        }
        return ids;
    }

    /** Links typed one a line (or separated by spaces): http and https only, each once; never javascript: or data:. */
    static List<String> urls(FieldErrors errors, String typed) {
        List<String> urls = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return urls;
        }
        for (String part : typed.strip().split("\\s+")) {
            if (part.isBlank() || urls.contains(part)) {
                continue;
            }
            if (part.length() > URL_MAX || !part.toLowerCase(Locale.ROOT).matches("https?://[^\\s<>\"']+")) {
                errors.add("links", "press.event.links.invalid", part.length() > 60 ? part.substring(0, 60) + "…" : part);
                return List.of();
            }
            urls.add(part);
        }
        if (urls.size() > LINKS_MAX) {
            errors.add("links", "press.event.links.tooMany", LINKS_MAX);
        }
        return urls;
    }

    private static String b(String s) {
        return s == null ? "" : s;
    }

    private static List<String> l(List<String> list) {
        return list == null ? List.of() : list;
    }
}
