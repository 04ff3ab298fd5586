package vn.lantoa.reporting.send;

import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.PrefillCounts;
import vn.lantoa.reporting.form.PrefillSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first values of a form's prefilled fields for a unit and period, counted over the period's days in Vietnam: counts
 * for numbers, and for a repeating table whose columns name a register source, one row per public-opinion issue of the
 * unit first seen in the period.
 */
@Singleton
class Prefill {

    private static final int TEXT_MAX = 500;

    private final PrefillRepository counts;
    private final OpinionIssueRows issues;
    private final Translator vietnamese;
    private final List<PrefillCounts> others;

    Prefill(PrefillRepository counts, OpinionIssueRows issues, Languages languages, List<PrefillCounts> others) {
        this.counts = counts;
        this.issues = issues;
        this.vietnamese = languages.vietnamese();
        this.others = others;
    }

    Map<String, String> values(FormDefinition form, long unitId, Period period) {
        Instant from = period.start().atStartOfDay(DueRule.VIETNAM).toInstant();
        Instant to = period.end().plusDays(1).atStartOfDay(DueRule.VIETNAM).toInstant();
        Map<String, String> values = new LinkedHashMap<>();
        List<OpinionIssueRows.Row> rows = null;
        for (FormSection section : form.sections()) {
            for (FormField field : section.fields()) {
                PrefillSource source = PrefillSource.parse(field.prefill());
                if (source == null || !source.fits(field.type(), section.repeating())) {
                    continue;
                }
                if (!source.row()) {
                    values.put(field.key(), String.valueOf(count(source, unitId, period, from, to)));
                    continue;
                }
                if (rows == null) {
                    rows = issues.of(unitId, period.start(), period.end());
                }
                for (int i = 0; i < rows.size(); i++) {
                    String value = cell(source, rows.get(i), field);
                    if (value != null && !value.isBlank()) {
                        values.put(section.key() + "[" + i + "]." + field.key(), value);
                    }
                }
            }
        }
        return values;
    }

    /**
     * The answers with the prefilled fields taken again from the period's current figures: numbers replaced, and a table
     * fed by the register replaced by the register's rows when it has some for the period. Other fields are kept as typed.
     */
    static Map<String, String> refilled(FormDefinition form, Map<String, String> answers, Map<String, String> fresh) {
        Map<String, String> values = new LinkedHashMap<>(answers);
        for (FormSection section : form.sections()) {
            String rowPrefix = section.key() + "[";
            boolean fedTable = section.repeating() && fresh.keySet().stream().anyMatch(k -> k.startsWith(rowPrefix));
            if (fedTable) {
                values.keySet().removeIf(k -> k.startsWith(rowPrefix));
            }
        }
        values.putAll(fresh);
        return values;
    }

    private long count(PrefillSource source, long unitId, Period period, Instant from, Instant to) {
        return switch (source) {
            case ARTICLES_PUBLISHED -> counts.articlesPublished(unitId, from, to);
            case DOCUMENTS_PUBLISHED -> counts.documentsPublished(unitId, from, to);
            case STORIES_SENT -> counts.storiesSent(unitId, from, to);
            case STORIES_ACCEPTED -> counts.storiesAccepted(unitId, from, to);
            case SHARES_ACKNOWLEDGED -> counts.sharesAcknowledged(unitId, from, to);
            case FEEDBACK_RECEIVED -> counts.feedbackReceived(unitId, from, to);
            case FEEDBACK_HANDLED -> counts.feedbackHandled(unitId, from, to);
            case OPINION_ISSUES_ARISEN -> counts.opinionIssuesArisen(unitId, period.start(), period.end());
            case OPINION_ISSUES_RESOLVED -> counts.opinionIssuesResolved(unitId, period.start(), period.end(), to);
            case CLIPPINGS_TOTAL -> counts.clippings(unitId, period.start(), period.end());
            case CLIPPINGS_POSITIVE -> counts.clippingsOfTone(unitId, period.start(), period.end(), "POSITIVE");
            case CLIPPINGS_NEUTRAL -> counts.clippingsOfTone(unitId, period.start(), period.end(), "NEUTRAL");
            case CLIPPINGS_NEGATIVE -> counts.clippingsOfTone(unitId, period.start(), period.end(), "NEGATIVE");
            default -> others.stream().filter(o -> o.sources().contains(source)).findFirst()
                    .map(o -> o.count(source, unitId, period.start(), period.end())).orElse(0L);
        };
    }

    /** One cell of the table of issues: the entry's text, or its label in Vietnamese, matched to the field's choices when it has some. */
    private String cell(PrefillSource source, OpinionIssueRows.Row row, FormField field) {
        String value = switch (source) {
            case OPINION_ISSUE_TITLE -> row.title();
            case OPINION_ISSUE_SOURCE -> vietnamese.t("register.source." + row.source());
            case OPINION_ISSUE_HANDLING -> row.handling();
            case OPINION_ISSUE_RESULT -> row.result();
            case OPINION_ISSUE_STATUS -> vietnamese.t("register.status." + row.status());
            case OPINION_ISSUE_SEVERITY -> vietnamese.t("register.severity." + row.severity());
            default -> null;
        };
        if (value == null) {
            return null;
        }
        if (field.type() == FieldType.SINGLE_CHOICE) {
            return choice(field.choices(), value);
        }
        if (field.type() == FieldType.TEXT) {
            String line = VietnameseText.squish(value.replaceAll("\\s*\\R\\s*", "; "));
            return line.length() > TEXT_MAX ? line.substring(0, TEXT_MAX - 1) + "…" : line;
        }
        return value;
    }

    /** The choice that names the value (tone marks and case aside), else "Khác" when the field offers it, else nothing. */
    static String choice(List<String> choices, String value) {
        if (choices == null) {
            return null;
        }
        String wanted = VietnameseText.fold(value).strip();
        String other = null;
        for (String c : choices) {
            String folded = VietnameseText.fold(c).strip();
            if (folded.equals(wanted)) {
                return c;
            }
            if (folded.equals("khac")) {
                other = c;
            }
        }
        return other;
    }
}
