package vn.lantoa.reporting.export;

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
import vn.lantoa.tenancy.UnitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A sent report or a roll-up as an official PDF (Nghị định 30/2020) and its numbers as XLSX. */
@Singleton
public class OfficialReports {

    private final UnitRefRepository units;
    private final HistoryNames names;
    private final Pages pages;
    private final ArticlePdf pdf;
    private final java.time.Clock clock;

    OfficialReports(UnitRefRepository units, HistoryNames names, Pages pages, ArticlePdf pdf, java.time.Clock clock) {
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
        OfficialReport doc = new OfficialReport(parentName(unit), unit.name(), report.id() + "/BC-" + symbol(unit), place(unit),
                LocalDate.ofInstant(sent, VietnamTime.ZONE), obligation.title() + " " + period.label().toLowerCase(Locale.ROOT),
                FormView.of(form, answers, Map.of(), new FieldErrors(), false), null, null, signerTitle(unit),
                signer == null ? "" : names.fullName(signer), List.of(recipient.name(), "Lưu: VT"));
        return pdf.fromHtml(new String(pages.html("reporting/nd30", doc), java.nio.charset.StandardCharsets.UTF_8));
    }

    public byte[] rollUpPdf(UnitRef unit, Obligation obligation, Period period, RollUpTable table, String rule, LocalDate today, String signerName) {
        List<String> recipients = new ArrayList<>();
        if (unit.parentId() != null) {
            units.findById(unit.parentId()).ifPresent(p -> recipients.add(p.name()));
        }
        recipients.add("Lưu: VT");
        OfficialReport doc = new OfficialReport(parentName(unit), unit.name(), "      /BC-" + symbol(unit), place(unit), today,
                "Tổng hợp " + lowerFirst(obligation.title()) + " " + period.label().toLowerCase(Locale.ROOT), null, table, rule, signerTitle(unit),
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

    private String parentName(UnitRef unit) {
        return unit.parentId() == null ? "" : units.findById(unit.parentId()).map(UnitRef::name).orElse("");
    }

    /** The province of the unit, as the place in "Hà Nội, ngày ...": the Sở's name without its title; the ministry is in Hà Nội. */
    private String place(UnitRef unit) {
        for (UnitRef u : units.findByIdIn(unit.pathIds())) {
            if (u.type() == UnitType.PROVINCE_DEPARTMENT) {
                return u.name().replaceFirst("^Sở Giáo dục và Đào tạo\\s*", "").replaceFirst("^(tỉnh|thành phố)\\s+", "");
            }
        }
        return "Hà Nội";
    }

    /** The symbol after the kind in "Số: 12/BC-THCSTM": initials of the unit's short name. */
    static String symbol(UnitRef unit) {
        StringBuilder sb = new StringBuilder();
        String folded = vn.lantoa.platform.text.VietnameseText.fold(unit.displayName()).toUpperCase(Locale.ROOT);
        for (String word : folded.split("[^A-Z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            sb.append(word.length() <= 4 && word.equals(word.toUpperCase(Locale.ROOT)) && isAcronym(word) ? word : word.substring(0, 1));
        }
        return sb.toString();
    }

    private static boolean isAcronym(String word) {
        return List.of("THCS", "THPT", "TH", "MN", "GDDT", "GDTX", "VH", "XH", "BO", "SO").contains(word);
    }

    private static String signerTitle(UnitRef unit) {
        return switch (unit.type()) {
            case SCHOOL -> "HIỆU TRƯỞNG";
            case MINISTRY -> "BỘ TRƯỞNG";
            case PROVINCE_DEPARTMENT -> "GIÁM ĐỐC";
            case DISTRICT_OFFICE, COMMUNE_OFFICE -> "TRƯỞNG PHÒNG";
            default -> "THỦ TRƯỞNG ĐƠN VỊ";
        };
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
