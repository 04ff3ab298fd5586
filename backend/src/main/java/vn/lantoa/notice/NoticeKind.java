package vn.lantoa.notice;

/** What a notice is about; the banner and the mail name it first. */
public enum NoticeKind {
    STORM, SCHOOL_CLOSURE, EXAM_CHANGE, OTHER;

    public String labelKey() {
        return "notice.kind." + name();
    }

    static NoticeKind parse(String value) {
        for (NoticeKind k : values()) {
            if (k.name().equals(value == null ? "" : value.strip())) {
                return k;
            }
        }
        return null;
    }
}
