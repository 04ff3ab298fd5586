package vn.lantoa.plan.write;

import jakarta.inject.Singleton;
import vn.lantoa.plan.Appendix;
import vn.lantoa.plan.Plan;
import vn.lantoa.plan.PlanItem;
import vn.lantoa.plan.PlanReads;
import vn.lantoa.plan.Quarters;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.obligation.Applicability;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.reporting.send.ReportAttachments;
import vn.lantoa.reporting.send.ReportService;
import vn.lantoa.reporting.send.SendOutcome;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The yearly plan report (due 10 March) met by the issued plan: the yearly obligation of the unit whose form asks for the
 * plan's number (so_ky_hieu) is filled from the plan (number, count of items, budget, one row per item) with the PDF
 * attached, and sent through the reporting package's own send.
 */
@Singleton
class PlanReport {

    static final String SYMBOL_FIELD = "so_ky_hieu";

    private final Applicability applicability;
    private final ReportService reports;
    private final ReportAttachments attachments;
    private final PlanReads reads;
    private final PlanDocuments documents;

    PlanReport(Applicability applicability, ReportService reports, ReportAttachments attachments, PlanReads reads, PlanDocuments documents) {
        this.applicability = applicability;
        this.reports = reports;
        this.attachments = attachments;
        this.reads = reads;
        this.documents = documents;
    }

    /** The slot of the yearly plan report for the plan's year, when the unit owes one and its period is open. */
    Optional<Slot> slot(UnitRef unit, Plan plan) {
        for (Obligation o : applicability.forUnit(unit)) {
            if (o.periodType() != PeriodType.YEARLY) {
                continue;
            }
            try {
                Slot slot = reports.slot(unit, o.id(), String.valueOf(plan.planYear()));
                if (keys(reports.form(reports.formVersion(slot, reports.report(slot).orElse(null)))).contains(SYMBOL_FIELD)) {
                    return Optional.of(slot);
                }
            } catch (NotFoundException e) {
                // Not open for that year: the next obligation may be.
            }
        }
        return Optional.empty();
    }

    /** Whether the report for the plan's year was sent already (the button is then a link to it). */
    boolean sent(Slot slot) {
        return reports.report(slot).map(r -> !r.status().editable()).orElse(false);
    }

    SendOutcome send(Actor actor, UnitRef unit, long planId) {
        Plan plan = reads.plan(unit.id(), planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        if (!plan.issued()) {
            throw new ConflictException(PlanWriter.STATE_CONFLICT, "planWrite.report.notIssued");
        }
        Slot slot = slot(unit, plan).orElseThrow(() -> new NotFoundException("yearly plan report of " + unit.id()));
        Appendix appendix = reads.appendix(plan);
        FormDefinition form = reports.form(reports.formVersion(slot, reports.report(slot).orElse(null)));
        Map<String, String> answers = answers(form, appendix);
        if (reports.report(slot).map(r -> r.status().editable()).orElse(true)) {
            attachments.attach(actor, slot, PlanDocuments.fileName(plan, "pdf"), new ByteArrayInputStream(documents.pdf(unit, appendix)));
        }
        return reports.submit(actor, slot, answers, "plan-" + plan.id() + "-" + plan.planYear());
    }

    /** The report's answers from the plan, for the fields its form has. */
    static Map<String, String> answers(FormDefinition form, Appendix appendix) {
        Set<String> keys = keys(form);
        Map<String, String> a = new LinkedHashMap<>();
        put(a, keys, SYMBOL_FIELD, appendix.plan().symbol());
        put(a, keys, "so_hoat_dong", String.valueOf(appendix.itemCount()));
        long budget = appendix.budgetTotal();
        put(a, keys, "kinh_phi", budget == 0 ? null : String.valueOf(Math.round(budget / 1_000_000.0)));
        String section = form.sections().stream().filter(FormSection::repeating).map(FormSection::key).findFirst().orElse(null);
        if (section != null) {
            int row = 0;
            for (Appendix.Line l : appendix.lines()) {
                String p = section + "[" + row++ + "].";
                put(a, keys, p + "noi_dung", l.item().topic());
                put(a, keys, p + "san_pham", PlanDocuments.form(l.item()));
                put(a, keys, p + "chu_tri", l.lead().isBlank() ? "Đơn vị" : l.lead());
                put(a, keys, p + "thoi_gian", quarters(l.item()));
                put(a, keys, p + "phoi_hop", l.partners());
            }
        }
        return a;
    }

    /** "Quý I; Quý III" as the form's boxes post it; an item planned by dates counts in the quarters the dates cover. */
    private static String quarters(PlanItem i) {
        int mask = i.quarters();
        if (mask == 0 && i.startsOn() != null) {
            int from = (i.startsOn().getMonthValue() - 1) / 3 + 1;
            int to = i.endsOn() == null || i.endsOn().getYear() != i.startsOn().getYear() ? from : (i.endsOn().getMonthValue() - 1) / 3 + 1;
            for (int q = from; q <= to; q++) {
                mask |= Quarters.bit(q);
            }
        }
        String[] roman = {"I", "II", "III", "IV"};
        return String.join("; ", Quarters.of(mask).stream().map(q -> "Quý " + roman[q - 1]).toList());
    }

    private static void put(Map<String, String> a, Set<String> keys, String key, String value) {
        String bare = key.contains(".") ? key.substring(0, key.indexOf('[')) + "." + key.substring(key.indexOf('.') + 1) : key;
        if (value != null && !value.isBlank() && keys.contains(bare)) {
            a.put(key, value);
        }
    }

    /** "field" for a plain field, "section.field" for a field of a repeating section. */
    private static Set<String> keys(FormDefinition form) {
        Set<String> keys = new HashSet<>();
        for (FormSection s : form.sections()) {
            for (FormField f : s.fields()) {
                keys.add(s.repeating() ? s.key() + "." + f.key() : f.key());
            }
        }
        return keys;
    }
}
