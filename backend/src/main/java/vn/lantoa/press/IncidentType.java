package vn.lantoa.press;

import java.util.Locale;

/** What kind of incident: each may have a playbook. Labels: press.incident.type.*; the board and the statistics label by it too. */
public enum IncidentType {
    SCHOOL_VIOLENCE,
    FOOD_POISONING,
    EXAM_LEAK,
    EXAM_SITE,
    ACCIDENT,
    FAKE_NEWS,
    OTHER;

    public String labelKey() {
        return "press.incident.type." + name();
    }

    public static IncidentType parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return IncidentType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
