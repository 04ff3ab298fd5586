package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.demo.DemoHistory;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationDraft;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.obligation.ObligationService;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.send.ReportService;
import vn.lantoa.reporting.review.ReviewService;
import vn.lantoa.reporting.send.SendOutcome;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.time.temporal.ChronoUnit;

/**
 * The reporting duties of the seeds with a year of history: schools to Phòng Hoàng Mai by the 25th (seed 004), Phòng
 * and units to Sở Bà Rịa - Vũng Tàu by the 20th and the yearly plan by 10 March (seed 002), each Sở to the ministry by
 * the 20th. Reports go through the real services; then their steps are moved back to the days they are meant to have
 * happened, so every screen shows on-time, late, returned and missing reports on the first start.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoReporting {

    private static final String[] RETURN_REASONS = {"Số ý kiến đã xử lý chưa khớp với sổ theo dõi, đề nghị kiểm tra lại.",
            "Thiếu nội dung vụ việc dư luận đã nêu trong tháng, đề nghị bổ sung.", "Số liệu tin bài chưa khớp với trang thông tin của đơn vị."};
    private final ObligationService obligations;
    private final ReportService reports;
    private final ReviewService review;
    private final DemoHistory history;
    private final UnitRefRepository units;
    private final DemoOpinionRegister register;
    private final Clock clock;

    DemoReporting(ObligationService obligations, ReportService reports, ReviewService review, DemoHistory history, UnitRefRepository units,
                  DemoOpinionRegister register, Clock clock) {
        this.register = register;
        this.obligations = obligations;
        this.reports = reports;
        this.review = review;
        this.history = history;
        this.units = units;
        this.clock = clock;
    }

    void seed(Actor system, Map<Long, Actor> senders, long boId, long hoangMaiId, long soBrvtId) {
        List<Long> schoolsOfHoangMai = children(hoangMaiId);
        List<Long> underBrvt = children(soBrvtId);
        List<Long> provinces = children(boId);
        LocalDate today = LocalDate.now(clock.withZone(DueRule.VIETNAM));
        LocalDate started = today.minusMonths(13).withDayOfMonth(1);
        UnitRef hoangMai = units.findById(hoangMaiId).orElseThrow();
        Obligation schools = obligation(system, hoangMai, DemoForms.schoolMonthly(), "Báo cáo công tác truyền thông hằng tháng của các trường",
                "CHILDREN", Recipient.PARENT, PeriodType.MONTHLY, new DueRule.DayOfPeriodMonth(25), "5,2,1", started);
        history(system, senders, schools, schoolsOfHoangMai, 12, (r, slot) -> schoolAnswers(r, slot.period()));

        UnitRef hanoi = units.findById(hoangMai.parentId()).orElseThrow();
        Obligation districts = obligation(system, hanoi, DemoForms.districtMonthly(), "Báo cáo công tác truyền thông hằng tháng của các Phòng GDĐT",
                "TYPE:DISTRICT_OFFICE", Recipient.PARENT, PeriodType.MONTHLY, new DueRule.DayOfNextMonth(5), "3,1", started);
        history(system, senders, districts, List.of(hoangMaiId), 12, (r, slot) -> districtAnswers(r, slot.period()));
        correctAfterTheDistrictSent(system, senders, schools, schoolsOfHoangMai);
        obligations.setLock(system, hoangMai, schools.id(), 10);

        UnitRef brvt = units.findById(soBrvtId).orElseThrow();
        Obligation opinion = obligation(system, brvt, DemoForms.publicOpinionMonthly(), "Báo cáo tình hình dư luận và kết quả xử lý hằng tháng",
                "CHILDREN", Recipient.ISSUER, PeriodType.MONTHLY, new DueRule.DayOfNextMonth(20), "5,1", started);
        history(system, senders, opinion, underBrvt, 12, this::opinionAnswers);
        Obligation plan = obligation(system, brvt, DemoForms.yearlyPlan(), "Kế hoạch công tác truyền thông năm", "CHILDREN", Recipient.ISSUER,
                PeriodType.YEARLY, new DueRule.Fixed(MonthDay.of(3, 10)), "14,7,1", LocalDate.of(today.getYear() - 1, 1, 1));
        history(system, senders, plan, underBrvt, 2, (r, slot) -> planAnswers(r, slot.period()));

        UnitRef bo = units.findById(boId).orElseThrow();
        Obligation toMinistry = obligation(system, bo, DemoForms.provinceMonthly(), "Báo cáo công tác truyền thông hằng tháng của Sở GDĐT",
                "TYPE:PROVINCE_DEPARTMENT", Recipient.PARENT, PeriodType.MONTHLY, new DueRule.DayOfNextMonth(20), "5,1", started);
        history(system, senders, toMinistry, provinces, 12, (r, slot) -> provinceAnswers(r, slot.period()));
    }

    /**
     * Quick reports: the 2024 graduation exam's sessions in Đắk Lắk, every THPT exam site reporting after each one
     * (seed 000), and a rapid incident report from THPT Vũng Tàu to its Sở three days ago (seed 002).
     */
    void seedQuickReports(Actor system, long soDakLakId, long soBrvtId) {
        UnitRef dakLak = units.findById(soDakLakId).orElseThrow();
        ReportForm examForm = obligations.createForm(system, dakLak, DemoForms.examSession());
        List<vn.lantoa.reporting.core.ListedPeriod> sessions = List.of(
                session("2024-06-27-S", "Ngữ văn, sáng 27/6/2024", "2024-06-27T07:30", "2024-06-27T09:30"),
                session("2024-06-27-C", "Toán, chiều 27/6/2024", "2024-06-27T14:20", "2024-06-27T15:50"),
                session("2024-06-28-S", "Bài thi tổ hợp, sáng 28/6/2024", "2024-06-28T07:30", "2024-06-28T10:30"),
                session("2024-06-28-C", "Ngoại ngữ, chiều 28/6/2024", "2024-06-28T14:20", "2024-06-28T15:20"));
        Obligation exam = obligations.createObligation(system, dakLak, new ObligationDraft(examForm.id(),
                "Báo cáo nhanh buổi thi – Kỳ thi tốt nghiệp THPT năm 2024", ReportAudience.parse("LEVEL:THPT"), Recipient.ISSUER, PeriodType.LISTED,
                new DueRule.HoursAfterEvent(2), false, null, "", null, null, false, LocalDate.of(2024, 6, 1),
                String.join("\n", sessions.stream().map(vn.lantoa.reporting.core.ListedPeriod::line).toList())));
        int site = 0;
        for (UnitRef school : units.findOpenChildren(soDakLakId)) {
            if (school.schoolLevel() != vn.lantoa.tenancy.SchoolLevel.THPT) {
                continue;
            }
            int registered = 480 + 135 * site;
            for (int i = 0; i < sessions.size(); i++) {
                vn.lantoa.reporting.core.ListedPeriod s = sessions.get(i);
                Random random = new Random(mix(school.id() * 31 + i));
                int absent = random.nextInt(4);
                int violations = i == 1 && site == 0 ? 1 : 0;
                Map<String, String> a = new HashMap<>(Map.of("dang_ky", String.valueOf(registered), "co_mat", String.valueOf(registered - absent),
                        "vang", String.valueOf(absent), "vi_pham", String.valueOf(violations), "su_co", "0",
                        "ghi_chu", violations > 0 ? "01 thí sinh mang điện thoại vào phòng thi, đã lập biên bản và đình chỉ thi theo quy chế."
                                : "Buổi thi diễn ra an toàn, đúng quy chế."));
                Slot slot = reports.slot(school, exam.id(), s.code());
                SendOutcome sent = reports.submit(system, slot, a, UUID.randomUUID().toString());
                // Most sites report within the hour; the last site is late once, for the table to show it.
                long minutes = site == 2 && i == 2 ? 150 : 20 + random.nextInt(50);
                history.backdate(sent.report().id(), List.of(s.endInstant().plusSeconds(minutes * 60)));
            }
            site++;
        }
        history.recomputeTotals(exam.id());

        UnitRef brvt = units.findById(soBrvtId).orElseThrow();
        ReportForm incidentForm = obligations.createForm(system, brvt, DemoForms.incident());
        Obligation rapid = obligations.createObligation(system, brvt, new ObligationDraft(incidentForm.id(), "Báo cáo nhanh sự việc bất thường",
                ReportAudience.parse("CHILDREN"), Recipient.ISSUER, PeriodType.EVENT, new DueRule.HoursAfterEvent(2), false, null, "", null, null,
                false, LocalDate.of(LocalDate.now(clock.withZone(DueRule.VIETNAM)).getYear(), 1, 1)));
        UnitRef thpt = units.findOpenChildren(soBrvtId).stream().filter(u -> u.type() == vn.lantoa.tenancy.UnitType.SCHOOL).findFirst().orElseThrow();
        Instant happened = LocalDate.now(clock.withZone(DueRule.VIETNAM)).minusDays(3).atTime(10, 15).atZone(DueRule.VIETNAM).toInstant();
        Slot slot = reports.slot(thpt, rapid.id(), Period.event(happened, "vt0001").code());
        SendOutcome sent = reports.submit(system, slot, Map.of("dia_diem", "Cổng trường THPT Vũng Tàu, đường Nguyễn Thái Học",
                "noi_dung", "Hai nhóm học sinh lớp 11 xô xát sau giờ tan học; một học sinh bị xây xát nhẹ. Clip được đăng lên mạng xã hội lúc 10 giờ 40.",
                "xu_ly", "Nhà trường đưa học sinh đi sơ cứu, mời phụ huynh làm việc, phối hợp Công an phường Thắng Tam xác minh.",
                "nguoi_bi_thuong", "1", "bao_chi", "Có, trên mạng xã hội", "de_xuat", "Đề nghị Sở hướng dẫn nội dung trả lời báo chí nếu có liên hệ."),
                UUID.randomUUID().toString());
        history.backdate(sent.report().id(), List.of(happened.plusSeconds(50 * 60)));
    }

    private static vn.lantoa.reporting.core.ListedPeriod session(String code, String label, String start, String end) {
        return new vn.lantoa.reporting.core.ListedPeriod(code, label, java.time.LocalDateTime.parse(start), java.time.LocalDateTime.parse(end));
    }

    private Obligation obligation(Actor system, UnitRef issuer, FormDefinition form, String title, String audience, Recipient recipient,
                                  PeriodType type, DueRule rule, String reminders, LocalDate startsOn) {
        ReportForm saved = obligations.createForm(system, issuer, form);
        return obligations.createObligation(system, issuer, new ObligationDraft(saved.id(), title, ReportAudience.parse(audience), recipient, type,
                rule, false, null, reminders, null, 5, false, startsOn));
    }

    /**
     * Per unit and period: mostly on time, some late, a few returned and corrected, a few never sent. The current
     * period, still open, has some drafts. Fixed seeds, so every start shows the same year.
     */
    private void history(Actor system, Map<Long, Actor> senders, Obligation obligation, List<Long> unitIds, int periods,
                         BiFunction<Random, Slot, Map<String, String>> answers) {
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DueRule.VIETNAM);
        List<Period> recent = schedule.recent(today, periods);
        for (int k = 0; k < recent.size(); k++) {
            Period period = recent.get(k);
            LocalDate due = schedule.dueDate(period);
            long daysPast = ChronoUnit.DAYS.between(due, today);
            for (int i = 0; i < unitIds.size(); i++) {
                long unitId = unitIds.get(i);
                UnitRef unit = units.findById(unitId).orElseThrow();
                Random random = new Random(mix(unitId * 7919 + period.code().hashCode()));
                Actor sender = senders.getOrDefault(unitId, system);
                Slot slot = reports.slot(unit, obligation.id(), period.code());
                Map<String, String> values = answers.apply(random, slot);
                if (unit.type() != vn.lantoa.tenancy.UnitType.SCHOOL) {
                    // A Phòng or Sở starts from its children's roll-up, as the page's "fill from the roll-up" button does.
                    vn.lantoa.reporting.rollup.ChildrenTotals.fill(reports.form(reports.formVersion(slot, null)), reports.childrenTotals(slot), values);
                }
                if (k == 0) {
                    newest(system, sender, slot, values, i, due, daysPast, random, now);
                    continue;
                }
                int roll = random.nextInt(100);
                if (roll < 6) {
                    continue;
                } else if (roll < 20 && daysPast > 1) {
                    send(system, sender, slot, values, at(due.plusDays(1 + random.nextInt((int) Math.min(5, daysPast - 1))), random, now), k > 1);
                } else if (roll < 28) {
                    returned(system, sender, slot, values, at(due.minusDays(1 + random.nextInt(4)), random, now));
                } else {
                    send(system, sender, slot, values, at(due.minusDays(random.nextInt(6)), random, now), k > 1 && roll < 85);
                }
            }
        }
        history.recomputeTotals(obligation.id());
    }

    /**
     * The newest period shows every state a recipient meets: by the unit's place in the list, sent on time, sent late,
     * a draft, nothing yet, and one returned for correction.
     */
    private void newest(Actor system, Actor sender, Slot slot, Map<String, String> values, int index, LocalDate due, long daysPast, Random random,
                        Instant now) {
        switch (index % 5) {
            case 0 -> send(system, sender, slot, values, at(due.minusDays(1 + random.nextInt(3)), random, now), false);
            case 1 -> {
                if (daysPast > 1) {
                    send(system, sender, slot, values, at(due.plusDays(1), random, now), false);
                } else {
                    reports.saveDraft(sender, slot, values);
                }
            }
            case 2 -> reports.saveDraft(sender, slot, values);
            case 3 -> {
                // Nothing yet: overdue once the deadline passes.
            }
            default -> {
                Instant sentAt = at(due.minusDays(2), random, now);
                SendOutcome sent = reports.submit(sender, slot, values, UUID.randomUUID().toString());
                history.pastReturn(sent.report().id(), slot.recipientId(), system.userId(), RETURN_REASONS[index % RETURN_REASONS.length]);
                history.backdate(sent.report().id(), List.of(sentAt, sentAt.plusSeconds(86_400)));
            }
        }
    }

    /**
     * One school corrects last month's report after the Phòng already sent its own: the Sở then sees the Phòng's
     * figures "as sent" differ from the schools' figures "now".
     */
    private void correctAfterTheDistrictSent(Actor system, Map<Long, Actor> senders, Obligation schools, List<Long> schoolIds) {
        ObligationSchedule schedule = new ObligationSchedule(schools);
        Period last = schedule.recent(LocalDate.now(clock.withZone(DueRule.VIETNAM)), 2).get(1);
        long school = schoolIds.get(0);
        Slot slot = reports.slot(units.findById(school).orElseThrow(), schools.id(), last.code());
        reports.report(slot).ifPresent(report -> {
            Map<String, String> values = new HashMap<>(reports.answersOf(report));
            history.pastReturn(report.id(), slot.recipientId(), system.userId(), RETURN_REASONS[0]);
            values.put("y_kien_nhan", String.valueOf(Integer.parseInt(values.getOrDefault("y_kien_nhan", "0")) + 2));
            values.put("y_kien_xu_ly", String.valueOf(Integer.parseInt(values.getOrDefault("y_kien_xu_ly", "0")) + 2));
            reports.submit(senders.getOrDefault(school, system), slot, values, UUID.randomUUID().toString());
            history.recomputeTotals(schools.id());
        });
    }

    /** Sends the report on that day and, when asked, has the recipient accept it two days later. */
    private void send(Actor system, Actor sender, Slot slot, Map<String, String> values, Instant sentAt, boolean accept) {
        SendOutcome sent = reports.submit(sender, slot, values, UUID.randomUUID().toString());
        List<Instant> times = new ArrayList<>(List.of(sentAt));
        if (accept) {
            review.accept(system, units.findById(slot.recipientId()).orElseThrow(), sent.report().id());
            times.add(sentAt.plusSeconds(2 * 86_400));
        }
        history.backdate(sent.report().id(), times);
    }

    /** Sent, returned the next day with a reason, corrected and sent again, then accepted. */
    private void returned(Actor system, Actor sender, Slot slot, Map<String, String> values, Instant first) {
        if (values.containsKey("so_vu_viec")) {
            registerFedReturned(system, sender, slot, values, first);
            return;
        }
        SendOutcome sent = reports.submit(sender, slot, values, UUID.randomUUID().toString());
        Random random = new Random(sent.report().id());
        history.pastReturn(sent.report().id(), slot.recipientId(), system.userId(), RETURN_REASONS[random.nextInt(RETURN_REASONS.length)]);
        Map<String, String> corrected = new HashMap<>(values);
        String key = corrected.containsKey("y_kien_nhan") ? "y_kien_nhan" : null;
        if (key != null) {
            corrected.put(key, String.valueOf(Integer.parseInt(corrected.get(key)) + 1));
            corrected.put("y_kien_xu_ly", String.valueOf(Integer.parseInt(corrected.get("y_kien_xu_ly")) + 1));
        }
        corrected(system, sender, slot, sent, corrected, first);
    }

    /**
     * A report prefilled from the register is right in its numbers: what the Sở returns it for is what the unit left out
     * by hand, the last issue of the table or its assessment. The correction is the register's own.
     */
    private void registerFedReturned(Actor system, Actor sender, Slot slot, Map<String, String> values, Instant first) {
        Map<String, String> sentFirst = new HashMap<>(values);
        long rows = values.keySet().stream().filter(k -> k.startsWith("vu_viec[") && k.endsWith("].noi_dung")).count();
        String reason;
        if (rows > 0) {
            String last = "vu_viec[" + (rows - 1) + "].";
            sentFirst.keySet().removeIf(k -> k.startsWith(last));
            reason = RETURN_REASONS[1];
        } else {
            sentFirst.remove("nhan_xet");
            reason = "Chưa có nhận xét, đánh giá tình hình dư luận trong tháng, đề nghị bổ sung.";
        }
        SendOutcome sent = reports.submit(sender, slot, sentFirst, UUID.randomUUID().toString());
        history.pastReturn(sent.report().id(), slot.recipientId(), system.userId(), reason);
        corrected(system, sender, slot, sent, values, first);
    }

    private void corrected(Actor system, Actor sender, Slot slot, SendOutcome sent, Map<String, String> corrected, Instant first) {
        reports.submit(sender, slot, corrected, UUID.randomUUID().toString());
        review.accept(system, units.findById(slot.recipientId()).orElseThrow(), sent.report().id());
        history.backdate(sent.report().id(), List.of(first, first.plusSeconds(86_400), first.plusSeconds(2 * 86_400), first.plusSeconds(3 * 86_400)));
    }

    /** Spreads nearby seeds apart: java.util.Random's first numbers from seeds 1, 2, 3 are almost the same. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private List<Long> children(long unitId) {
        return units.findOpenChildren(unitId).stream().map(UnitRef::id).toList();
    }

    /** A working-hours instant of that day in Vietnam, never in the future. */
    private static Instant at(LocalDate day, Random random, Instant now) {
        Instant t = day.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60))).atZone(DueRule.VIETNAM).toInstant();
        return t.isAfter(now) ? now.minusSeconds(600) : t;
    }

    private Map<String, String> schoolAnswers(Random r, Period p) {
        Map<String, String> a = new HashMap<>();
        a.put("tin_bai", String.valueOf(3 + r.nextInt(10)));
        a.put("van_ban", String.valueOf(r.nextInt(5)));
        a.put("tin_gui_phong", String.valueOf(r.nextInt(3)));
        a.put("luot_truy_cap", String.valueOf(800 + r.nextInt(4000)));
        a.put("buoi_tuyen_truyen", String.valueOf(1 + r.nextInt(4)));
        a.put("luot_hoc_sinh", String.valueOf(200 + r.nextInt(900)));
        int received = r.nextInt(8);
        a.put("y_kien_nhan", String.valueOf(received));
        a.put("y_kien_xu_ly", String.valueOf(received - r.nextInt(Math.min(2, received) + 1)));
        a.put("ty_le_hai_long", String.valueOf(85 + r.nextInt(15)));
        if (r.nextInt(4) == 0) {
            a.put("vu_viec[0].noi_dung", "Phụ huynh phản ánh trên mạng xã hội về việc thu các khoản đầu năm");
            a.put("vu_viec[0].nguon", "Mạng xã hội");
            a.put("vu_viec[0].cach_xu_ly", "Nhà trường gặp phụ huynh, công khai các khoản thu theo quy định");
            a.put("vu_viec[0].ket_qua", "Phụ huynh đồng thuận, gỡ bài đăng");
        }
        a.put("danh_gia", "Nhà trường duy trì cập nhật trang thông tin, thực hiện công khai đúng quy định; " + p.label().toLowerCase() + " không có vụ việc phức tạp.");
        return a;
    }

    /**
     * Seed 002's monthly report on public opinion as a unit sends it since Lantoa keeps its register: the counts and the
     * table of issues as the form prefills them from the register and the desk, and by hand what neither knows.
     */
    private Map<String, String> opinionAnswers(Random r, Slot slot) {
        Map<String, String> a = new HashMap<>(reports.prefillFor(slot, reports.form(reports.formVersion(slot, null))));
        long press = a.entrySet().stream().filter(e -> e.getKey().endsWith("].nguon") && e.getValue().equals("Báo chí")).count();
        a.put("tin_bao_chi", String.valueOf(press + r.nextInt(3)));
        // The units publish their good news on sites of their own, not on Lantoa: typed, it differs from the prefill.
        a.put("tin_tich_cuc", String.valueOf(2 + r.nextInt(12)));
        Period p = slot.period();
        a.put("thoi_gian_xu_ly", String.valueOf(register.longestHandling(slot.unit().id(), p.start(), p.end())));
        long arisen = Long.parseLong(a.getOrDefault("so_vu_viec", "0"));
        long resolved = Long.parseLong(a.getOrDefault("da_xu_ly", "0"));
        a.put("nhan_xet", arisen == 0 ? "Trong tháng không phát sinh vụ việc dư luận phức tạp; tình hình dư luận ổn định."
                : "Trong tháng phát sinh " + arisen + " vụ việc dư luận, đã xử lý xong " + resolved + "; các vụ việc được nắm bắt, báo cáo kịp "
                + "thời và xử lý đúng quy trình." + (arisen > resolved ? " Các vụ việc còn lại tiếp tục theo dõi, báo cáo trong tháng sau." : ""));
        return a;
    }

    private Map<String, String> planAnswers(Random r, Period p) {
        Map<String, String> a = new HashMap<>();
        a.put("so_hoat_dong", String.valueOf(8 + r.nextInt(10)));
        a.put("kinh_phi", String.valueOf(20 + r.nextInt(80)));
        a.put("so_ky_hieu", (10 + r.nextInt(80)) + "/KH-" + p.code());
        String[][] rows = {{"Tuyên truyền tuyển sinh đầu cấp", "Tin bài, infographic trên trang thông tin", "Tổ văn phòng", "Quý I; Quý II", "Ban đại diện cha mẹ học sinh"},
                {"Gương người tốt, việc tốt trong nhà trường", "Chuyên mục trên trang thông tin, bản tin", "Đoàn thanh niên", "Quý I; Quý II; Quý III; Quý IV", ""},
                {"Phòng chống bạo lực học đường", "Sinh hoạt chuyên đề, tờ rơi", "Ban giám hiệu", "Quý III", "Công an phường"}};
        for (int i = 0; i < rows.length; i++) {
            String[] keys = {"noi_dung", "san_pham", "chu_tri", "thoi_gian", "phoi_hop"};
            for (int j = 0; j < keys.length; j++) {
                if (!rows[i][j].isEmpty()) {
                    a.put("hoat_dong[" + i + "]." + keys[j], rows[i][j]);
                }
            }
        }
        return a;
    }

    private Map<String, String> districtAnswers(Random r, Period p) {
        Map<String, String> a = new HashMap<>();
        a.put("tin_phong", String.valueOf(4 + r.nextInt(10)));
        a.put("danh_gia", "Các trường thực hiện nghiêm chế độ báo cáo; " + p.label().toLowerCase() + " tình hình dư luận ổn định.");
        return a;
    }

    private Map<String, String> provinceAnswers(Random r, Period p) {
        Map<String, String> a = new HashMap<>();
        a.put("tin_bai", String.valueOf(20 + r.nextInt(40)));
        a.put("van_ban", String.valueOf(1 + r.nextInt(6)));
        a.put("hoat_dong", String.valueOf(5 + r.nextInt(20)));
        int cases = r.nextInt(9);
        a.put("vu_viec", String.valueOf(cases));
        a.put("da_xu_ly", String.valueOf(cases - r.nextInt(Math.min(2, cases) + 1)));
        a.put("ty_le_website", String.valueOf(70 + r.nextInt(30)));
        a.put("danh_gia", "Công tác truyền thông được triển khai đồng bộ; " + p.label().toLowerCase() + " dư luận ổn định.");
        return a;
    }
}
