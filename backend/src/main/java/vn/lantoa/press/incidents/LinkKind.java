package vn.lantoa.press.incidents;

import java.util.Locale;

/** What an incident may be linked to (press_incident_link.kind). Labels: press.incident.link.* */
enum LinkKind {
    ARTICLE,
    CLIPPING,
    CASE,
    QUESTION,
    RAPID_REPORT;

    String labelKey() {
        return "press.incident.link." + name();
    }

    static LinkKind parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LinkKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
