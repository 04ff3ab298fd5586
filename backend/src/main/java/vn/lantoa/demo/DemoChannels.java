package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.channel.ChannelActivity;
import vn.lantoa.channel.Channels;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.RollUp;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationDraft;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.obligation.ObligationService;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.reporting.send.ReportService;
import vn.lantoa.reporting.send.SendOutcome;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Seed 003: Sở Đồng Nai runs the fanpage "Thông tin Giáo dục Đồng Nai" and asks every unit below to run one connected
 * to it, with a QR code. The Sở's fanpage and Zalo OA, and the fanpages of the two units below it in the demo; each
 * school's site then prints the Sở's fanpage on its poster. The letter printed the address as "fecabook.com/DongNaiEdu";
 * the demo keeps the page name on facebook.com, which the form would insist on anyway. The letter also asks units to
 * report their communication work monthly to the Sở's office: the last three months' reports carry their posts.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoChannels {

    private static final int[][] POSTS = {{14, 11, 17}, {5, 3, 6}};

    private final Channels channels;
    private final UnitRefRepository refs;
    private final ObligationService obligations;
    private final ReportService reports;
    private final DemoHistory history;
    private final Clock clock;

    DemoChannels(Channels channels, UnitRefRepository refs, ObligationService obligations, ReportService reports, DemoHistory history, Clock clock) {
        this.channels = channels;
        this.refs = refs;
        this.obligations = obligations;
        this.reports = reports;
        this.history = history;
        this.clock = clock;
    }

    void seed(Actor system, long soDongNaiId) {
        UnitRef so = refs.findById(soDongNaiId).orElseThrow();
        channels.create(system, so, "FACEBOOK", "Thông tin Giáo dục Đồng Nai", "https://www.facebook.com/DongNaiEdu", "Đỗ Thanh Tâm – Văn phòng Sở",
                "0938 192 279");
        channels.create(system, so, "ZALO_OA", "Sở Giáo dục và Đào tạo Đồng Nai", "https://zalo.me/sogddtdongnai", "Đỗ Thanh Tâm – Văn phòng Sở",
                "0938 192 279");
        for (UnitRef unit : refs.findOpenChildren(soDongNaiId)) {
            if (unit.type() == vn.lantoa.tenancy.UnitType.SCHOOL) {
                channels.create(system, unit, "FACEBOOK", "Trường THPT chuyên Lương Thế Vinh – Đồng Nai", "https://www.facebook.com/thptchuyenltv.dongnai",
                        "Tổ Tin học – quản trị fanpage", null);
            } else {
                channels.create(system, unit, "FACEBOOK", "Văn hóa – Xã hội phường Trấn Biên", "https://www.facebook.com/vhxh.tranbien",
                        "Chuyên viên Phòng Văn hóa - Xã hội", null);
            }
        }
        monthlyReports(system, so);
    }

    /** Seed 003, point 5: communication work in the monthly report to the Sở's office, with the posts on the unit's channels. */
    private void monthlyReports(Actor system, UnitRef so) {
        ReportForm form = obligations.createForm(system, so, new FormDefinition("Báo cáo công tác truyền thông tháng (Công văn 1564/SGDĐT-VP)", List.of(
                new FormSection("so_lieu", "I. Số liệu trong tháng", false, List.of(
                        new FormField("tin_bai", "Số tin bài đăng trên trang thông tin điện tử của đơn vị", FieldType.NUMBER, true, null, 0.0, null, null,
                                RollUp.SUM, "ARTICLES_PUBLISHED"),
                        new FormField(ChannelActivity.POSTS_FIELD, "Số bài đăng trên các kênh truyền thông của đơn vị (fanpage, Zalo OA...)",
                                FieldType.NUMBER, true, null, 0.0, null, null, RollUp.SUM, null),
                        new FormField("chia_se", "Số tin bài chia sẻ từ fanpage Thông tin Giáo dục Đồng Nai", FieldType.NUMBER, false, null, 0.0, null,
                                null, RollUp.SUM, null))),
                new FormSection("danh_gia", "II. Đánh giá", false, List.of(new FormField("danh_gia", "Đánh giá chung, đề xuất", FieldType.LONG_TEXT,
                        false, null, null, null, null, null, null)))), List.of()));
        LocalDate today = LocalDate.now(clock.withZone(DueRule.VIETNAM));
        Obligation monthly = obligations.createObligation(system, so, new ObligationDraft(form.id(), "Báo cáo công tác truyền thông hằng tháng",
                ReportAudience.parse("CHILDREN"), Recipient.ISSUER, PeriodType.MONTHLY, new DueRule.DayOfNextMonth(5), false, null, "3,1", null, null,
                false, today.minusMonths(4).withDayOfMonth(1)));
        ObligationSchedule schedule = new ObligationSchedule(monthly);
        List<UnitRef> below = refs.findOpenChildren(so.id());
        for (int k = 1; k <= 3; k++) {
            Period period = Period.containing(PeriodType.MONTHLY, today.minusMonths(k));
            for (int i = 0; i < below.size() && i < POSTS.length; i++) {
                int posts = POSTS[i][k - 1];
                SendOutcome sent = reports.submit(system, reports.slot(below.get(i), monthly.id(), period.code()), Map.of("tin_bai",
                        String.valueOf(posts / 2 + 2), ChannelActivity.POSTS_FIELD, String.valueOf(posts), "chia_se", String.valueOf(posts / 3),
                        "danh_gia", "Duy trì fanpage, kết nối và chia sẻ tin bài của trang Thông tin Giáo dục Đồng Nai."), UUID.randomUUID().toString());
                history.backdate(sent.report().id(), List.of(schedule.dueDate(period).minusDays(1 + i).atTime(9, 30).atZone(DueRule.VIETNAM).toInstant()));
            }
        }
        history.recomputeTotals(monthly.id());
    }
}
