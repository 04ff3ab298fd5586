package vn.lantoa.press;

/**
 * How grave an incident is, and so how far up the tree it is told at once. A minor incident stays with the unit's desk;
 * each level above reaches one more level of the units above: the Phòng, then the Sở, then the ministry. Labels come from
 * the message bundles (press.severity.*), with who must be told (press.severity.*.tell).
 */
public enum Severity {
    /** Cấp 1 – nhẹ: the unit handles it; its own desk is told. */
    MINOR(0),
    /** Cấp 2 – trung bình: the unit above (Phòng, or Sở for a school under it) is told at once. */
    SERIOUS(1),
    /** Cấp 3 – nghiêm trọng: two levels up (the Sở for a school under a Phòng). */
    GRAVE(2),
    /** Cấp 4 – đặc biệt nghiêm trọng: every level up to the top of the tree. */
    CRITICAL(Integer.MAX_VALUE);

    private final int levelsUp;

    Severity(int levelsUp) {
        this.levelsUp = levelsUp;
    }

    /** How many units above the incident's own are told at once and see it on their home page. */
    public int levelsUp() {
        return levelsUp;
    }

    /** Whether a unit {@code distance} levels above the incident's unit is told (distance 1 is the parent). */
    public boolean reaches(int distance) {
        return distance <= levelsUp;
    }

    public String labelKey() {
        return "press.severity." + name();
    }

    public static Severity parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Severity.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
