package vn.lantoa.desk.register;

/** Where the handling of an issue stands: đang theo dõi, đang xử lý, đã xử lý xong. */
public enum IssueStatus {
    WATCHING, HANDLING, RESOLVED;

    public String labelKey() {
        return "register.status." + name();
    }

    static IssueStatus parse(String value) {
        for (IssueStatus s : values()) {
            if (s.name().equals(value == null ? null : value.strip())) {
                return s;
            }
        }
        return null;
    }
}
