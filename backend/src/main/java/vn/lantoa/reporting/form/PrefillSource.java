package vn.lantoa.reporting.form;

/**
 * Where a field may take its first value from: Lantoa's own records of the unit for the period. The unit may
 * correct the number; the report then shows it was changed.
 */
public enum PrefillSource {
    ARTICLES_PUBLISHED, DOCUMENTS_PUBLISHED, STORIES_SENT, STORIES_ACCEPTED, SHARES_ACKNOWLEDGED;

    public String labelKey() {
        return "prefill." + name();
    }

    public static PrefillSource parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
