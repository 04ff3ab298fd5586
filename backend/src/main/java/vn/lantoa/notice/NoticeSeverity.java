package vn.lantoa.notice;

/** How loudly a notice is shown: URGENT first and in red, INFO last. */
public enum NoticeSeverity {
    URGENT, WARNING, INFO;

    public String labelKey() {
        return "notice.severity." + name();
    }

    static NoticeSeverity parse(String value) {
        for (NoticeSeverity s : values()) {
            if (s.name().equals(value == null ? "" : value.strip())) {
                return s;
            }
        }
        return null;
    }
}
