package vn.lantoa.plan.progress;

/**
 * Where a piece of evidence comes from: a row of the unit's own work (its table, its kind of evidence and the admin page
 * that shows it) or an outside address.
 */
public enum EvidenceSource {
    ARTICLE("article", "ARTICLE", "/articles/"),
    PRESS_EVENT("press_event", "EVENT", "/press/events/"),
    PRESS_RELEASE("press_mailing", "PRESS", "/press/releases/"),
    PRESS_QUESTION("press_question", "PRESS", "/press/questions/"),
    FILE("stored_file", "FILE", "/files/"),
    LINK(null, "LINK", null);

    private final String table;
    private final String kind;
    private final String page;

    EvidenceSource(String table, String kind, String page) {
        this.table = table;
        this.kind = kind;
        this.page = page;
    }

    String table() {
        return table;
    }

    /** ARTICLE, EVENT, PRESS, FILE or LINK: what the evidence is, as the plan's reader sees it. */
    public String kind() {
        return kind;
    }

    public String labelKey() {
        return "planProgress.source." + name();
    }

    /** The admin page of the row under the unit's base, or null for an outside address. */
    String href(String unitBase, Long refId) {
        if (page == null || refId == null) {
            return null;
        }
        return unitBase + page + refId + (this == FILE ? "/download" : "");
    }

    static EvidenceSource ofTable(String table) {
        for (EvidenceSource s : values()) {
            if (s.table != null && s.table.equals(table)) {
                return s;
            }
        }
        return LINK;
    }

    static EvidenceSource parse(String name) {
        if (name == null) {
            return null;
        }
        for (EvidenceSource s : values()) {
            if (s.name().equals(name.strip())) {
                return s;
            }
        }
        return null;
    }
}
