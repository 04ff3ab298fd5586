package vn.lantoa.plan.write;

import jakarta.inject.Singleton;
import vn.lantoa.people.UserRepository;
import vn.lantoa.plan.Appendix;
import vn.lantoa.plan.Plan;
import vn.lantoa.plan.PlanItem;
import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.site.ArticlePdf;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.unit.OfficialIssuer;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The plan as an official document (NĐ 30 PDF with its appendix in landscape) and its appendix as a sheet. */
@Singleton
public class PlanDocuments {

    static final List<String> HEADERS = List.of("STT", "Nội dung/Chủ đề", "Sản phẩm/Hình thức", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thời gian thực hiện", "Kinh phí (đồng)/Nguồn");

    private final Pages pages;
    private final ArticlePdf pdf;
    private final OfficialIssuer issuer;
    private final UserRepository users;

    PlanDocuments(Pages pages, ArticlePdf pdf, OfficialIssuer issuer, UserRepository users) {
        this.pages = pages;
        this.pdf = pdf;
        this.issuer = issuer;
        this.users = users;
    }

    public byte[] pdf(UnitRef unit, Appendix appendix) {
        return pdf.fromHtml(new String(pages.html("plan/document", document(unit, appendix)), StandardCharsets.UTF_8));
    }

    public static String fileName(Plan plan, String ext) {
        return "ke-hoach-truyen-thong-" + plan.planYear() + "-" + plan.id() + "." + ext;
    }

    PlanDocument document(UnitRef unit, Appendix appendix) {
        Plan p = appendix.plan();
        LocalDate on = p.issuedOn();
        String number = p.symbol() != null ? p.symbol() : "     /KH-" + OfficialIssuer.symbol(unit);
        String date = issuer.place(unit) + (on == null ? ", ngày     tháng     năm " + p.planYear()
                : ", ngày " + two(on.getDayOfMonth()) + " tháng " + two(on.getMonthValue()) + " năm " + on.getYear());
        List<String> basis = p.legalBasisLines();
        String closing = unit.name() + " xây dựng " + lowerFirst(p.title()) + ", cụ thể như sau:";
        List<String> purpose = p.purpose() == null ? List.of()
                : Arrays.stream(p.purpose().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String signer = p.issuedBy() == null ? "" : users.findById(p.issuedBy()).map(u -> u.fullName()).orElse("");
        String caption = "(Kèm theo Kế hoạch số " + number + (on == null ? "" : " ngày " + VietnamTime.date(on)) + " của " + unit.name() + ")";
        List<PlanDocument.Group> groups = new ArrayList<>();
        for (Appendix.Section s : appendix.sections()) {
            List<PlanDocument.Row> rows = new ArrayList<>();
            int stt = 0;
            for (Appendix.Line l : s.lines()) {
                rows.add(new PlanDocument.Row(++stt, l.item().topic(), form(l.item()), l.lead(), l.partners(), l.item().timeLabel(), budget(l.item())));
            }
            groups.add(new PlanDocument.Group(s.group().numeral(), s.group().title(), rows));
        }
        return new PlanDocument(issuer.parentName(unit), unit.name(), number, date, p.title(), basis, closing, purpose,
                OfficialIssuer.signerTitle(unit), signer, "PHỤ LỤC " + p.title().toUpperCase(new Locale("vi")) + " CỦA "
                + unit.name().toUpperCase(new Locale("vi")), caption, groups);
    }

    /** The appendix as a sheet: a row per group, then its items. */
    public XlsxTable sheet(UnitRef unit, Appendix appendix) {
        List<List<Object>> rows = new ArrayList<>();
        for (Appendix.Section s : appendix.sections()) {
            rows.add(List.of(s.group().numeral(), s.group().title(), "", "", "", "", ""));
            int stt = 0;
            for (Appendix.Line l : s.lines()) {
                rows.add(List.of(String.valueOf(++stt), l.item().topic(), form(l.item()), l.lead(), l.partners(), l.item().timeLabel(), budget(l.item())));
            }
        }
        Plan p = appendix.plan();
        return new XlsxTable("Phụ lục " + p.planYear(), p.title() + " – " + unit.name() + (p.symbol() == null ? "" : " (" + p.symbol() + ")"),
                HEADERS, rows);
    }

    static String form(PlanItem i) {
        return i.productNote() == null || i.productNote().isBlank() ? i.productForm().label() : i.productForm().label() + ": " + i.productNote();
    }

    static String budget(PlanItem i) {
        String money = i.budgetVnd() == null ? "" : vnd(i.budgetVnd());
        String source = i.budgetSource() == null ? "" : i.budgetSource();
        return money.isEmpty() ? source : source.isEmpty() ? money : money + " (" + source + ")";
    }

    /** 15000000 as "15.000.000", as Vietnamese write money. */
    public static String vnd(long amount) {
        return NumberFormat.getIntegerInstance(Locale.GERMANY).format(amount);
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
