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
    INFO_REQUESTED(true),
    CITIZEN_REPLIED(true),
    PERSONAL_DATA_ERASED(false),
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

    /** Whether the citizen reads the step's text on the follow page: the answer, what the unit asked, and their own reply. */
    public boolean detailShownToCitizen() {
        return this == ANSWERED || this == INFO_REQUESTED || this == CITIZEN_REPLIED;
    }
}
