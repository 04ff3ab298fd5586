package vn.lantoa.desk.register;

/** Where an issue was first noticed: a desk case, the press, social media, a conference or meeting, elsewhere. */
public enum IssueSource {
    CASE, PRESS, SOCIAL_MEDIA, MEETING, OTHER;

    public String labelKey() {
        return "register.source." + name();
    }

    static IssueSource parse(String value) {
        for (IssueSource s : values()) {
            if (s.name().equals(value == null ? null : value.strip())) {
                return s;
            }
        }
        return null;
    }
}
