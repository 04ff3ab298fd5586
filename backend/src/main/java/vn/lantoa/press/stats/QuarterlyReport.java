package vn.lantoa.press.stats;

import vn.lantoa.unit.OfficialIssuer;

import jakarta.inject.Singleton;
import vn.lantoa.committee.CommitteeReads;
import vn.lantoa.committee.CommitteeRole;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.site.ArticlePdf;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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
    private final OfficialIssuer issuer;

    QuarterlyReport(UnitRefRepository units, CommitteeReads committees, Pages pages, ArticlePdf pdf, Clock clock,
                    vn.lantoa.platform.i18n.Languages languages, OfficialIssuer issuer) {
        this.issuer = issuer;
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
        return new ReportDocument(parent == null ? "" : parent.name(), unit.name(), "      /BC-" + OfficialIssuer.symbol(unit), issuer.place(unit), VietnamTime.today(clock),
                "Công tác truyền thông, phát ngôn và cung cấp thông tin cho báo chí " + tables.period().label(), tables, OfficialIssuer.signerTitle(unit), signer,
                // The document is in Vietnamese whatever the reader's language.
                recipients, languages.vietnamese());
    }

    byte[] pdf(PressStatsTables.Tables tables) {
        return pdf.fromHtml(new String(pages.html("press/stats/report", document(tables)), StandardCharsets.UTF_8));
    }



}
