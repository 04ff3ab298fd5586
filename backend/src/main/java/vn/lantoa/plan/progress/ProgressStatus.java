package vn.lantoa.plan.progress;

/** How far an item has got in one quarter. DROPPED always carries the reason it was given up. */
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, DONE, DROPPED;

    public String labelKey() {
        return "planProgress.status." + name();
    }

    /** A tone for the tag on the page: done is good, dropped is a warning. */
    public String tone() {
        return switch (this) {
            case DONE -> "ok";
            case DROPPED -> "warn";
            case IN_PROGRESS -> "";
            case NOT_STARTED -> "status-draft";
        };
    }

    static ProgressStatus parse(String value) {
        if (value == null) {
            return null;
        }
        for (ProgressStatus s : values()) {
            if (s.name().equals(value.strip())) {
                return s;
            }
        }
        return null;
    }
}
