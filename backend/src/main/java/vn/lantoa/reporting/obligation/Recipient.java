package vn.lantoa.reporting.obligation;

/** To whom a unit sends its report: its own parent (the school to its Phòng) or the issuer itself. */
public enum Recipient {
    PARENT, ISSUER;

    public String labelKey() {
        return "obligation.recipient." + name();
    }
}
