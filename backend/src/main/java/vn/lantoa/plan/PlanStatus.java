package vn.lantoa.plan;

/** Where a plan stands: written by the unit's plan writers, sent to the head for review, issued as an official document. */
public enum PlanStatus {
    DRAFT,
    IN_REVIEW,
    ISSUED;

    public String labelKey() {
        return "planWrite.status." + name();
    }

    /** Only a draft is written; a plan in review waits for the head, an issued one is an official document. */
    public boolean editable() {
        return this == DRAFT;
    }
}
