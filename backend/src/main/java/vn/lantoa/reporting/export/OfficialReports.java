package vn.lantoa.reporting.export;

import vn.lantoa.unit.OfficialIssuer;

import jakarta.inject.Singleton;
import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.reporting.core.HistoryNames;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.FormView;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.rollup.RollUpTable;
import vn.lantoa.site.ArticlePdf;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A sent report or a roll-up as an official PDF (Nghị định 30/2020) and its numbers as XLSX. */
@Singleton
public class OfficialReports {

    private final OfficialIssuer issuer;

    private final UnitRefRepository units;
    private final HistoryNames names;
    private final Pages pages;
    private final ArticlePdf pdf;
    private final java.time.Clock clock;

    OfficialReports(UnitRefRepository units, HistoryNames names, Pages pages, ArticlePdf pdf, java.time.Clock clock, OfficialIssuer issuer) {
        this.issuer = issuer;
        this.clock = clock;
        this.units = units;
        this.names = names;
        this.pages = pages;
        this.pdf = pdf;
    }

    public byte[] reportPdf(Report report, Obligation obligation, Period period, FormDefinition form, Map<String, String> answers) {
        UnitRef unit = units.findById(report.unitId()).orElseThrow();
        UnitRef recipient = units.findById(report.recipientUnitId()).orElseThrow();
        Instant sent = report.submittedAt() == null ? clock.instant() : report.submittedAt();
        Long signer = report.signedBy() != null ? report.signedBy() : report.submittedBy();
        OfficialReport doc = new OfficialReport(issuer.parentName(unit), unit.name(), report.id() + "/BC-" + OfficialIssuer.symbol(unit), issuer.place(unit),
                LocalDate.ofInstant(sent, VietnamTime.ZONE), obligation.title() + " " + period.label().toLowerCase(Locale.ROOT),
                FormView.of(form, answers, Map.of(), new FieldErrors(), false), null, null, OfficialIssuer.signerTitle(unit),
                signer == null ? "" : names.fullName(signer), List.of(recipient.name(), "Lưu: VT"));
        return pdf.fromHtml(new String(pages.html("reporting/nd30", doc), java.nio.charset.StandardCharsets.UTF_8));
    }

    public byte[] rollUpPdf(UnitRef unit, Obligation obligation, Period period, RollUpTable table, String rule, LocalDate today, String signerName) {
        List<String> recipients = new ArrayList<>();
        if (unit.parentId() != null) {
            units.findById(unit.parentId()).ifPresent(p -> recipients.add(p.name()));
        }
        recipients.add("Lưu: VT");
        OfficialReport doc = new OfficialReport(issuer.parentName(unit), unit.name(), "      /BC-" + OfficialIssuer.symbol(unit), issuer.place(unit), today,
                "Tổng hợp " + lowerFirst(obligation.title()) + " " + period.label().toLowerCase(Locale.ROOT), null, table, rule, OfficialIssuer.signerTitle(unit),
                signerName, recipients);
        return pdf.fromHtml(new String(pages.html("reporting/nd30", doc), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The report's own numbers and answers, one row per field, for a spreadsheet. */
    public static XlsxTable reportXlsx(Report report, String unitName, Obligation obligation, Period period, FormDefinition form, Map<String, String> answers) {
        List<List<Object>> rows = new ArrayList<>();
        for (FormSection section : form.sections()) {
            int count = section.repeating() ? Answers.rows(section, answers) : 1;
            for (int r = 0; r < count; r++) {
                for (FormField f : section.fields()) {
                    String key = section.repeating() ? section.key() + "[" + r + "]." + f.key() : f.key();
                    String value = answers.getOrDefault(key, "");
                    java.math.BigDecimal number = f.type() == FieldType.NUMBER && !value.isEmpty() ? FormDefinition.parseNumber(value) : null;
                    rows.add(List.of(section.title() + (section.repeating() ? " " + (r + 1) : ""), f.label(), number != null ? number : value));
                }
            }
        }
        return new XlsxTable(period.label(), unitName + " – " + obligation.title() + " – " + period.label(), List.of("Phần", "Chỉ tiêu", "Giá trị"), rows);
    }






    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
