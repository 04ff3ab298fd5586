package vn.lantoa.reporting.send;

import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.PrefillSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The first values of a form's prefilled fields for a unit and period, counted over the period's days in Vietnam. */
@Singleton
class Prefill {

    private final PrefillRepository counts;

    Prefill(PrefillRepository counts) {
        this.counts = counts;
    }

    Map<String, String> values(FormDefinition form, long unitId, Period period) {
        Instant from = period.start().atStartOfDay(DueRule.VIETNAM).toInstant();
        Instant to = period.end().plusDays(1).atStartOfDay(DueRule.VIETNAM).toInstant();
        Map<String, String> values = new LinkedHashMap<>();
        for (FormSection section : form.sections()) {
            if (section.repeating()) {
                continue;
            }
            for (FormField field : section.fields()) {
                PrefillSource source = PrefillSource.parse(field.prefill());
                if (source != null && field.type() == FieldType.NUMBER) {
                    values.put(field.key(), String.valueOf(count(source, unitId, from, to)));
                }
            }
        }
        return values;
    }

    private long count(PrefillSource source, long unitId, Instant from, Instant to) {
        return switch (source) {
            case ARTICLES_PUBLISHED -> counts.articlesPublished(unitId, from, to);
            case DOCUMENTS_PUBLISHED -> counts.documentsPublished(unitId, from, to);
            case STORIES_SENT -> counts.storiesSent(unitId, from, to);
            case STORIES_ACCEPTED -> counts.storiesAccepted(unitId, from, to);
            case SHARES_ACKNOWLEDGED -> counts.sharesAcknowledged(unitId, from, to);
        };
    }
}
