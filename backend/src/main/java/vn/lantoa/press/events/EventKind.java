package vn.lantoa.press.events;

/** What kind of meeting with the press: labels come from the message bundles (press.event.kind.*). */
public enum EventKind {
    /** Họp báo: the unit informs the press, questions answered on the spot. */
    CONFERENCE,
    /** Phỏng vấn: one journalist or outlet with the unit's leader or spokesperson. */
    INTERVIEW,
    /** Đưa phóng viên đi thực tế: journalists taken to see the unit's work where it happens (seed 004). */
    TRIP;

    public String labelKey() {
        return "press.event.kind." + name();
    }

    static EventKind parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return EventKind.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
