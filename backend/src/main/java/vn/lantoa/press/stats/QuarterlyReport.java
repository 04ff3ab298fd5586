package vn.lantoa.press.stats;

import jakarta.inject.Singleton;
import vn.lantoa.committee.CommitteeReads;
import vn.lantoa.committee.CommitteeRole;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.site.ArticlePdf;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quarterly press-work report ("Báo cáo công tác truyền thông, phát ngôn và cung cấp thông tin cho báo chí quý N năm
 * YYYY") as an official document (Nghị định 30/2020): the unit under its parent, the national title, number and symbol left
 * for the office to fill, place and date, the quarter's figures and tables, the signer, the recipients.
 */
@Singleton
class QuarterlyReport {

    private final UnitRefRepository units;
    private final CommitteeReads committees;
    private final Pages pages;
    private final ArticlePdf pdf;
    private final Clock clock;
    private final vn.lantoa.platform.i18n.Languages languages;

    QuarterlyReport(UnitRefRepository units, CommitteeReads committees, Pages pages, ArticlePdf pdf, Clock clock,
                    vn.lantoa.platform.i18n.Languages languages) {
        this.languages = languages;
        this.units = units;
        this.committees = committees;
        this.pages = pages;
        this.pdf = pdf;
        this.clock = clock;
    }

    ReportDocument document(PressStatsTables.Tables tables) {
        UnitRef unit = tables.scope().unit();
        UnitRef parent = unit.parentId() == null ? null : units.findById(unit.parentId()).orElse(null);
        List<String> recipients = new ArrayList<>();
        if (parent != null) {
            recipients.add(parent.name());
        }
        recipients.add("Lưu: VT, Ban truyền thông");
        String signer = committees.members(unit.id()).stream().filter(m -> m.committeeRole() == CommitteeRole.HEAD).map(m -> m.fullName()).findFirst().orElse("");
        return new ReportDocument(parent == null ? "" : parent.name(), unit.name(), "      /BC-" + symbol(unit), place(unit), VietnamTime.today(clock),
                "Công tác truyền thông, phát ngôn và cung cấp thông tin cho báo chí " + tables.period().label(), tables, signerTitle(unit), signer,
                // The document is in Vietnamese whatever the reader's language.
                recipients, languages.vietnamese());
    }

    byte[] pdf(PressStatsTables.Tables tables) {
        return pdf.fromHtml(new String(pages.html("press/stats/report", document(tables)), StandardCharsets.UTF_8));
    }

    /** The province of the unit, as the place in "Đắk Lắk, ngày ...": the Sở's name without its title; the ministry is in Hà Nội. */
    private String place(UnitRef unit) {
        for (UnitRef u : units.findByIdIn(unit.pathIds())) {
            if (u.type() == UnitType.PROVINCE_DEPARTMENT) {
                return u.name().replaceFirst("^(Sở Giáo dục và Đào tạo|Sở GDĐT|Sở GD&ĐT)\\s*", "").replaceFirst("^(tỉnh|thành phố|Tỉnh|Thành phố)\\s+", "");
            }
        }
        return "Hà Nội";
    }

    /** The symbol after the kind in "Số: 12/BC-THCSAB": the initials of the unit's short name, its level kept whole. */
    static String symbol(UnitRef unit) {
        StringBuilder sb = new StringBuilder();
        for (String word : VietnameseText.fold(unit.displayName()).toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (!word.isEmpty()) {
                sb.append(List.of("THCS", "THPT", "TH", "MN", "GDDT", "GDTX").contains(word) ? word : word.substring(0, 1));
            }
        }
        return sb.toString();
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
}
