package vn.lantoa.reporting.form;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a field may take its first value from: Lantoa's own records of the unit for the period. The unit may
 * correct the number; the report then shows it was changed. A count fills a number outside a repeating table; an
 * OPINION_ISSUE_ source fills a column of a repeating table with one row per issue of the public-opinion register
 * first seen in the period. A CLIPPINGS_ count is of the articles and posts in the unit's media monitoring that appeared in
 * the period (all, or of one tone). A PLAN_ count is of the items of the unit's issued plan planned in the quarters the period
 * touches, by where they stand over those quarters (plan.progress.ItemState), or of the articles given as their evidence
 * that were published in the period; the plans count them through {@link PrefillCounts}.
 */
public enum PrefillSource {
    ARTICLES_PUBLISHED, DOCUMENTS_PUBLISHED, STORIES_SENT, STORIES_ACCEPTED, SHARES_ACKNOWLEDGED,
    FEEDBACK_RECEIVED, FEEDBACK_HANDLED, OPINION_ISSUES_ARISEN, OPINION_ISSUES_RESOLVED,
    CLIPPINGS_TOTAL, CLIPPINGS_POSITIVE, CLIPPINGS_NEUTRAL, CLIPPINGS_NEGATIVE,
    PLAN_ITEMS_TOTAL, PLAN_ITEMS_DONE, PLAN_ITEMS_IN_PROGRESS, PLAN_ITEMS_NOT_STARTED, PLAN_ITEMS_DROPPED, PLAN_EVIDENCE_ARTICLES,
    OPINION_ISSUE_TITLE, OPINION_ISSUE_SOURCE, OPINION_ISSUE_HANDLING, OPINION_ISSUE_RESULT, OPINION_ISSUE_STATUS, OPINION_ISSUE_SEVERITY;

    private static final Set<FieldType> ROW_TYPES = EnumSet.of(FieldType.TEXT, FieldType.LONG_TEXT, FieldType.SINGLE_CHOICE);

    public String labelKey() {
        return "prefill." + name();
    }

    /** Fills a column of a repeating table, one row per register entry, rather than a count. */
    public boolean row() {
        return name().startsWith("OPINION_ISSUE_");
    }

    /** Whether a field of this type, in a repeating table or not, can take its value from here. */
    public boolean fits(FieldType type, boolean repeating) {
        return row() ? repeating && ROW_TYPES.contains(type) : !repeating && type == FieldType.NUMBER;
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
