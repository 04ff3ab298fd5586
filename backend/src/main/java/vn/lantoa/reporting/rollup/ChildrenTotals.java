package vn.lantoa.reporting.rollup;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.deadline.Received;
import vn.lantoa.reporting.form.CurrentForms;
import vn.lantoa.reporting.form.FieldScope;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.ReportNumber;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers a unit's own report can start from: the units below's rolled-up totals for the same period. When units
 * below send the same obligation (a Phòng reporting together with its schools), that obligation alone is the source,
 * never another one with similar fields; otherwise each obligation the unit receives from below with the same kind of
 * period is one (the district's monthly report to the Sở carries its schools' totals). Kept with the report when it is
 * sent, as "obligationId/fieldKey" to value.
 */
@Singleton
public class ChildrenTotals {

    /** One received obligation's totals for the period, field by field. */
    public record Source(Obligation obligation, List<FormField> fields, Map<String, BigDecimal> values) {
    }

    private final Received received;
    private final RollUpReads rollUps;
    private final CurrentForms forms;
    private final ObligationRepository obligations;
    private final UnitRefRepository units;
    private final JsonMapper json;
    private final Consolidators consolidators;

    ChildrenTotals(Received received, RollUpReads rollUps, CurrentForms forms,
                   ObligationRepository obligations, UnitRefRepository units, JsonMapper json, Consolidators consolidators) {
        this.consolidators = consolidators;
        this.received = received;
        this.rollUps = rollUps;
        this.forms = forms;
        this.obligations = obligations;
        this.units = units;
        this.json = json;
    }

    public List<Source> forSlot(Slot slot) {
        if (consolidators.consolidates(slot)) {
            // Only what the form calls the units below's total: the unit's own activity is its own to fill in, and
            // filling it with its units' sum would count them twice.
            Source same = source(slot.obligation(), slot);
            FormDefinition form = form(slot.obligation());
            List<FormField> consolidated = same.fields().stream().filter(f -> f.scopeIn(form) == FieldScope.CONSOLIDATED).toList();
            return consolidated.isEmpty() ? List.of() : List.of(new Source(same.obligation(), consolidated, same.values()));
        }
        List<Source> sources = new ArrayList<>();
        for (Received.Choice c : received.receivedBy(slot.unit())) {
            Obligation o = c.obligation();
            if (o.id().equals(slot.obligation().id()) || o.periodType() != slot.obligation().periodType()) {
                continue;
            }
            sources.add(source(o, slot));
        }
        return sources;
    }

    /** One obligation's totals over the unit's subtree for the slot's period (the unit's own report is not in it). */
    private Source source(Obligation o, Slot slot) {
        RollUpTable table = rollUps.table(o, form(o), slot.unit(), slot.period());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (FormField f : table.fields()) {
            values.put(f.key(), table.total(f));
        }
        return new Source(o, table.fields(), values);
    }

    /** The snapshot kept with a sent report. */
    public String snapshot(List<Source> sources) {
        if (sources.isEmpty()) {
            return null;
        }
        Map<String, BigDecimal> flat = new LinkedHashMap<>();
        for (Source s : sources) {
            s.values().forEach((k, v) -> flat.put(s.obligation().id() + "/" + k, v));
        }
        try {
            return json.writeValueAsString(flat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "As sent" next to "as now", for a report that kept a snapshot. */
    public List<BasisLine> compare(Report report, UnitRef sender) {
        if (report.basis() == null) {
            return List.of();
        }
        Map<String, BigDecimal> sent;
        try {
            sent = json.readValue(report.basis(), Argument.mapOf(String.class, BigDecimal.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<BasisLine> lines = new ArrayList<>();
        Map<Long, Optional<Obligation>> seen = new LinkedHashMap<>();
        for (String key : sent.keySet()) {
            seen.computeIfAbsent(Long.parseLong(key.substring(0, key.indexOf('/'))), obligations::findById$WithoutTenancy);
        }
        for (Map.Entry<Long, Optional<Obligation>> e : seen.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Obligation o = e.getValue().get();
            FormDefinition form = form(o);
            Period period = ObligationSchedule.periodOf(o, report.periodCode());
            RollUpTable now = rollUps.table(o, form, sender, period);
            for (FormField f : now.fields()) {
                String k = o.id() + "/" + f.key();
                if (sent.containsKey(k)) {
                    lines.add(new BasisLine(o.title(), f.label(), f.rollUpOrNone(), sent.get(k), now.total(f)));
                }
            }
        }
        return lines;
    }

    /** Copies the totals into the unit's fields that have the same name (ignoring case and tone marks) or the same code. */
    public static int fill(FormDefinition form, List<Source> sources, Map<String, String> answers) {
        int filled = 0;
        for (FormSection section : form.sections()) {
            if (section.repeating()) {
                continue;
            }
            for (FormField target : section.fields()) {
                if (target.type() != FieldType.NUMBER) {
                    continue;
                }
                for (Source s : sources) {
                    Optional<FormField> match = s.fields().stream().filter(f -> f.key().equals(target.key())
                            || VietnameseText.fold(f.label()).equalsIgnoreCase(VietnameseText.fold(target.label()))).findFirst();
                    BigDecimal value = match.map(f -> s.values().get(f.key())).orElse(null);
                    if (value != null) {
                        // An average has more decimals than the field may take: rounded as the field keeps it.
                        answers.put(target.key(), ReportNumber.typed(value.setScale(Math.min(value.scale(), target.decimalsOrMax()),
                                java.math.RoundingMode.HALF_UP)));
                        filled++;
                        break;
                    }
                }
            }
        }
        return filled;
    }

    private FormDefinition form(Obligation o) {
        return forms.of(o.formId());
    }

    UnitRef unit(long id) {
        return units.findById(id).orElseThrow();
    }
}
