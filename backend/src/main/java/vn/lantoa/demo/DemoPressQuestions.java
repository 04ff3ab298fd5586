package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.press.questions.DueDates;
import vn.lantoa.press.questions.Question;
import vn.lantoa.press.questions.QuestionInput;
import vn.lantoa.press.questions.Questions;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.LocalDate;

/**
 * Sở GDĐT Đắk Lắk's journalists' questions during the 2024 exam (seed 000, "phối hợp với các cơ quan báo chí ... cung cấp
 * thông tin kịp thời"): one from Báo Đắk Lắk answered (drafted, approved, mailed with its written reply), one from the
 * provincial radio and television due today by the unit's default days, waiting for its answer. Written through the desk's
 * own service, so due dates, codes, steps and the letter are what a user's would be. The addresses are fake.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoPressQuestions {

    private final Questions questions;
    private final DueDates dueDates;
    private final UnitRefRepository units;

    DemoPressQuestions(Questions questions, DueDates dueDates, UnitRefRepository units) {
        this.questions = questions;
        this.dueDates = dueDates;
        this.units = units;
    }

    /** @param officer the Sở's office official (its unit admin), who is given both questions and approves as the Sở */
    void seed(long so, Actor officer) {
        UnitRef unit = units.findById(so).orElseThrow();
        LocalDate today = questions.today();
        String assignee = String.valueOf(officer.userId());

        Question answered = questions.create(officer, unit, questions.check(unit, new QuestionInput(VietnamTime.date(today.minusDays(3)), "EMAIL",
                "Báo Đắk Lắk", "H'Nhi Êban", "hnhi.eban@baodaklak.example.vn", null,
                "Xin Sở cho biết số thí sinh đăng ký dự thi tốt nghiệp THPT năm 2024 trên địa bàn tỉnh, số điểm thi và các biện pháp hỗ trợ "
                        + "thí sinh ở vùng sâu, vùng xa (đưa đón, chỗ ở) trong những ngày thi.", "", assignee, null)));
        questions.saveDraft(officer, unit, answered.id(), """
                Kỳ thi tốt nghiệp THPT năm 2024 trên địa bàn tỉnh Đắk Lắk có 22.014 thí sinh đăng ký dự thi, tại 50 điểm thi.
                Sở GDĐT đã phối hợp với Tỉnh đoàn, Công an tỉnh và các địa phương bố trí chỗ ở miễn phí, phương tiện đưa đón cho thí sinh ở xa điểm thi, \
                đặc biệt là thí sinh người dân tộc thiểu số và thí sinh có hoàn cảnh khó khăn.
                Thông tin chi tiết về Kỳ thi được đăng tải tại chuyên mục "Kỳ thi tốt nghiệp THPT năm 2024" trên cổng thông tin điện tử của Sở.""");
        questions.approve(officer, unit, answered.id());
        questions.send(officer, unit, answered.id());

        LocalDate received = receivedForDueToday(so, today);
        questions.create(officer, unit, questions.check(unit, new QuestionInput(VietnamTime.date(received), "PHONE",
                "Đài Phát thanh - Truyền hình Đắk Lắk", "Y Khu Niê", "ykhu.nie@ptthdaklak.example.vn", null,
                "Phóng viên đề nghị Sở cho biết phương án xử lý nếu có sự cố bất thường tại điểm thi (mất điện, thí sinh ốm đột xuất) và đề nghị "
                        + "phỏng vấn lãnh đạo Sở trước ngày thi đầu tiên.", received.equals(today) ? VietnamTime.date(today) : "", assignee, null)));
    }

    /** The day received that gives today as the due date by the Sở's default days; today itself (its own due date) on a day off. */
    private LocalDate receivedForDueToday(long so, LocalDate today) {
        int days = dueDates.defaultDays(so);
        for (int back = days; back <= days * 3 + 14; back++) {
            LocalDate candidate = today.minusDays(back);
            if (dueDates.due(candidate, days).equals(today)) {
                return candidate;
            }
        }
        return today;
    }
}
