package vn.lantoa.desk;

/** One step in a case's history. Public steps are shown to the citizen on the follow page; the others never are. */
public enum StepKind {
    RECEIVED(true),
    LOGGED(true),
    ACKNOWLEDGED(true),
    ASSIGNED(false),
    NOTE(false),
    ANSWERED(true),
    CLOSED(true),
    SPAM(false),
    FORWARDED(true),
    ESCALATED(false);

    private final boolean shownToCitizen;

    StepKind(boolean shownToCitizen) {
        this.shownToCitizen = shownToCitizen;
    }

    public boolean shownToCitizen() {
        return shownToCitizen;
    }

    public String labelKey() {
        return "desk.step." + name();
    }
}
