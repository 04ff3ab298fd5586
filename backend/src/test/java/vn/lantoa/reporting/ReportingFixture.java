package vn.lantoa.reporting;

import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.form.CrossFieldRule;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.RollUp;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationDraft;
import vn.lantoa.reporting.obligation.ObligationService;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.reporting.rollup.TotalsCheck;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Fixtures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Forms and obligations made through the application's own service, as an issuer's staff would. */
@Singleton
public class ReportingFixture {

    private final ObligationService service;
    private final Fixtures fixtures;
    private final UnitRefRepository refs;
    private final Clock clock;
    private final TotalsCheck totalsCheck;

    ReportingFixture(ObligationService service, Fixtures fixtures, UnitRefRepository refs, Clock clock, TotalsCheck totalsCheck) {
        this.clock = clock;
        this.service = service;
        this.fixtures = fixtures;
        this.refs = refs;
        this.totalsCheck = totalsCheck;
    }

    /**
     * The consistency check every reporting scenario ends with: every group's totals equal its values, the counters
     * agree with the reports, and each report's numbers sit in its sender's parent's group in the period's tree.
     */
    public void assertTotalsEqualValues() {
        org.assertj.core.api.Assertions.assertThat(totalsCheck.run()).as("differences found by the totals check").isEmpty();
    }

    /** The monthly communication report of seed 004, trimmed: numbers that roll up, a rule, a table of public-opinion cases. */
    public static FormDefinition monthlyForm(String title) {
        return new FormDefinition(title, List.of(
                new FormSection("so_lieu", "I. Số liệu trong tháng", false, List.of(
                        new FormField("tin_bai", "Số tin bài đăng trên trang thông tin", FieldType.NUMBER, true, null, 0.0, null, null, RollUp.SUM,
                                "ARTICLES_PUBLISHED"),
                        new FormField("y_kien_nhan", "Số ý kiến phản ánh nhận được", FieldType.NUMBER, true, null, 0.0, null, null, RollUp.SUM, null),
                        new FormField("y_kien_xu_ly", "Số ý kiến đã xử lý", FieldType.NUMBER, true, null, 0.0, null, null, RollUp.SUM, null),
                        new FormField("ty_le_hai_long", "Tỷ lệ phụ huynh hài lòng (%)", FieldType.NUMBER, false, null, 0.0, 100.0, null, RollUp.AVERAGE, null),
                        new FormField("danh_gia", "Đánh giá chung", FieldType.LONG_TEXT, false, null, null, null, null, null, null))),
                new FormSection("vu_viec", "II. Vụ việc dư luận", true, List.of(
                        new FormField("noi_dung", "Nội dung vụ việc", FieldType.TEXT, true, null, null, null, null, null, null),
                        new FormField("nguon", "Nguồn", FieldType.SINGLE_CHOICE, true, null, null, null, List.of("Mạng xã hội", "Báo chí", "Phụ huynh"),
                                null, null),
                        new FormField("ket_qua", "Kết quả xử lý", FieldType.TEXT, false, null, null, null, null, null, null)))),
                List.of(new CrossFieldRule("y_kien_xu_ly", CrossFieldRule.Comparison.LESS_OR_EQUAL, "y_kien_nhan")));
    }

    /** An exam's sessions or an "as it happens" duty: the period type and, for sessions, their list. */
    public Obligation quick(Fixtures.World world, long issuerId, String audience, Recipient recipient, PeriodType type, String listed) {
        Actor platform = fixtures.actor(world.platformAdmin());
        UnitRef issuer = refs.findById(issuerId).orElseThrow();
        ReportForm form = service.createForm(platform, issuer, monthlyForm("Báo cáo nhanh " + world.tag()));
        return service.createObligation(platform, issuer, new ObligationDraft(form.id(), "Báo cáo nhanh " + world.tag() + " " + type, ReportAudience.parse(audience),
                recipient, type, new DueRule.HoursAfterEvent(2), false, null, "", null, null, false, LocalDate.now(clock.withZone(DueRule.VIETNAM)).minusYears(1), listed));
    }

    public Obligation obligation(Fixtures.World world, long issuerId, String audience, Recipient recipient, String dueRule, Integer lockDays,
                          String reminders, boolean signoff) {
        Actor platform = fixtures.actor(world.platformAdmin());
        UnitRef issuer = refs.findById(issuerId).orElseThrow();
        ReportForm form = service.createForm(platform, issuer, monthlyForm("Báo cáo công tác truyền thông tháng " + world.tag()));
        return service.createObligation(platform, issuer, new ObligationDraft(form.id(), "Báo cáo truyền thông tháng " + world.tag() + " " + dueRule,
                ReportAudience.parse(audience), recipient, PeriodType.MONTHLY, DueRule.parse(dueRule), false, null, reminders, lockDays, null, signoff,
                LocalDate.now(clock.withZone(DueRule.VIETNAM)).minusYears(1)));
    }
}
