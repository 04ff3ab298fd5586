package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.notice.Notice;
import vn.lantoa.notice.NoticeForm;
import vn.lantoa.notice.NoticeService;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Emergency notices (issue 14 item 5): Phòng GDĐT Hoàng Mai tells its schools to keep pupils home as a storm comes
 * (THCS Tân Mai has confirmed, the four others not yet), and Sở GDĐT Đắk Lắk moves an exam session for its THPT schools
 * (THPT Lắk has confirmed). Both stay active for two days from the moment the demo is written, so their banners show.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoNotices {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private final NoticeService notices;
    private final UnitRefRepository units;
    private final Clock clock;

    DemoNotices(NoticeService notices, UnitRefRepository units, Clock clock) {
        this.notices = notices;
        this.units = units;
        this.clock = clock;
    }

    void seed(long phong, Actor phongAdmin, long school, Actor schoolHead, long so, Actor soAdmin, long thpt, Actor thptHead) {
        String until = PICKER.format(clock.instant().plus(Duration.ofDays(2)).atZone(VietnamTime.ZONE));
        Notice storm = notices.send(phongAdmin, ref(phong), new NoticeForm("STORM", "URGENT", "Bão số 3: học sinh toàn quận nghỉ học ngày mai",
                "Theo công điện của UBND Thành phố về ứng phó với bão số 3, toàn bộ học sinh mầm non, tiểu học và THCS trên địa bàn quận "
                        + "nghỉ học ngày mai. Các trường thông báo ngay tới cha mẹ học sinh, kiểm tra, gia cố phòng học, cây xanh, "
                        + "cắt điện khu vực không an toàn và bố trí trực 24/24 giờ; báo cáo thiệt hại (nếu có) về Phòng trước 16 giờ.",
                until, "TYPE:SCHOOL", List.of()));
        notices.acknowledge(schoolHead, ref(school), storm.id());
        Notice exam = notices.send(soAdmin, ref(so), new NoticeForm("EXAM_CHANGE", "WARNING", "Lùi lịch kiểm tra cuối học kỳ I môn Ngữ văn khối 12",
                "Do ảnh hưởng của mưa lũ, bài kiểm tra cuối học kỳ I môn Ngữ văn khối 12 lùi sang thứ Hai tuần sau, giờ làm bài không đổi. "
                        + "Các trường THPT thông báo tới giáo viên, học sinh và cha mẹ học sinh.",
                until, "LEVEL:THPT", List.of()));
        notices.acknowledge(thptHead, ref(thpt), exam.id());
    }

    private UnitRef ref(long id) {
        return units.findById(id).orElseThrow();
    }
}
