package vn.lantoa.onboarding;

public enum ImportStatus {
    /** Checked and shown to the admin; nothing written yet. */
    PREVIEW,
    RUNNING,
    DONE,
    /** Rolled back as a whole; the reason is in failure. */
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    public String labelKey() {
        return "import.status." + name();
    }
}
