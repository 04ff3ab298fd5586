package vn.lantoa.press.monitoring;

/** How a piece speaks of the unit or its field: tích cực, trung lập, tiêu cực. */
public enum Tone {
    POSITIVE, NEUTRAL, NEGATIVE;

    public String labelKey() {
        return "press.clipping.tone." + name();
    }

    static Tone parse(String value) {
        for (Tone t : values()) {
            if (t.name().equals(value == null ? null : value.strip())) {
                return t;
            }
        }
        return null;
    }
}
