package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.press.incidents.IncidentSeeds;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Incidents of the seeds. Sở GDĐT Đắk Lắk (seed 000, Kỳ thi tốt nghiệp THPT 2024): on the first morning, 27/06/2024, a
 * candidate is taken ill during the Ngữ văn paper at an exam site; the Sở's playbook "Sự cố tại điểm thi" gives the steps,
 * a holding statement goes out within the clock, and the incident is closed with results and lessons. Sở Bà Rịa - Vũng
 * Tàu (seed 002): a negative clipping about fees at a school becomes an incident, still open, with its tasks.
 *
 * <p>Everything is written through the incident desk's services; the exam-day story is then dated to the days it
 * happened (the services stamp now).
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoPressIncidents {

    static final String BRVT_CLIPPING = "Phụ huynh phản ánh thu chi đầu năm học tại một trường ở TP Vũng Tàu";

    private final IncidentSeeds seeds;
    private final UnitRefRepository units;
    private final JdbcOperations jdbc;
    private final Clock clock;

    DemoPressIncidents(IncidentSeeds seeds, UnitRefRepository units, JdbcOperations jdbc, Clock clock) {
        this.seeds = seeds;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void seed(long dakLak, Actor dakLakOfficer, long brvt, Actor brvtOfficer) {
        examSite(units.findById(dakLak).orElseThrow(), dakLakOfficer);
        vungTau(units.findById(brvt).orElseThrow(), brvtOfficer);
    }

    private void examSite(UnitRef so, Actor officer) {
        seeds.playbook(officer, so, "EXAM_SITE", "Sự cố tại điểm thi", String.join("\n",
                        "Trưởng điểm thi báo cáo Ban Chỉ đạo thi cấp tỉnh qua điện thoại | Trưởng điểm thi | 1",
                        "Bố trí cán bộ y tế; nếu thí sinh thi tiếp, bố trí phòng thi riêng có cán bộ coi thi | Trưởng điểm thi | 1",
                        "Báo tin cho gia đình thí sinh | Thư ký điểm thi | 2",
                        "Báo cáo nhanh Bộ GDĐT sau buổi thi | Phòng Giáo dục trung học | 8",
                        "Người phát ngôn đăng thông tin ban đầu trên cổng thông tin của Sở | Văn phòng Sở | 12"),
                String.join("\n",
                        "Phạm Đăng Khoa | Giám đốc Sở, người phát ngôn | 0262 3852 156",
                        "Đường dây nóng Kỳ thi | Văn phòng Sở | 0262 3852 157"),
                "Sáng ngày 27/6/2024, tại điểm thi [tên điểm thi], trong buổi thi môn [môn thi], một thí sinh [diễn biến]. "
                        + "Cán bộ y tế đã kịp thời [xử lý]. Kỳ thi tại điểm thi diễn ra an toàn, đúng quy chế.\n\n"
                        + "Sở GDĐT Đắk Lắk sẽ tiếp tục thông tin khi có diễn biến mới.");
        Instant alert = vn(2024, 6, 27, 7, 50);
        long id = seeds.open(officer, so, "Thí sinh bị mệt, ngất trong buổi thi Ngữ văn tại điểm thi Trường THPT Buôn Ma Thuột", "EXAM_SITE", "MINOR",
                officer.userId(), "Khoảng 07h50, một thí sinh tự do ở phòng thi số 12 bị mệt, ngất khi đang làm bài môn Ngữ văn. Cán bộ coi thi báo "
                        + "Trưởng điểm thi; cán bộ y tế của điểm thi sơ cứu.", alert, null, null);
        seeds.note(officer, so, id, "Thí sinh đã tỉnh, được cán bộ y tế theo dõi; thí sinh xin làm bài tiếp tại phòng riêng có hai cán bộ coi thi, "
                + "thời gian làm bài được bảo đảm theo quy chế.");
        List<Long> tasks = seeds.tasks(so, id);
        for (Long task : tasks) {
            seeds.done(officer, so, id, task);
        }
        long article = seeds.statement(officer, so, id, "Thông tin ban đầu về thí sinh bị mệt tại điểm thi Trường THPT Buôn Ma Thuột",
                "Sáng ngày 27/6/2024, tại điểm thi Trường THPT Buôn Ma Thuột, trong buổi thi môn Ngữ văn, một thí sinh tự do bị mệt, ngất khi đang "
                        + "làm bài. Cán bộ y tế của điểm thi đã kịp thời sơ cứu; thí sinh tỉnh lại, tiếp tục làm bài tại phòng thi riêng và hoàn thành "
                        + "bài thi.\n\nKỳ thi tại điểm thi diễn ra an toàn, nghiêm túc, đúng quy chế. Sở GDĐT Đắk Lắk sẽ tiếp tục thông tin khi có "
                        + "diễn biến mới.");
        seeds.close(officer, so, id, "Thí sinh hoàn thành bài thi Ngữ văn và các buổi thi tiếp theo; gia đình đã được báo tin; báo cáo nhanh gửi Bộ "
                        + "GDĐT lúc 16h00 ngày 27/6. Không có thông tin sai lệch trên báo chí, mạng xã hội.",
                "Các điểm thi cần bố trí sẵn phòng thi dự phòng và cán bộ y tế trực suốt buổi thi; thông tin ban đầu đăng trong ngày giúp tránh "
                        + "suy diễn trên mạng xã hội.");
        date(id, article, tasks, alert);
    }

    private void vungTau(UnitRef so, Actor officer) {
        Instant now = clock.instant();
        long[] clipping = seeds.clipping(so.path(), BRVT_CLIPPING).orElse(null);
        UnitRef unit = clipping == null ? so : units.findById(clipping[0]).orElseThrow();
        Instant alert = now.minus(Duration.ofHours(5));
        // The Sở's officer owns it when it is the Sở's; a clipping kept by a unit below is that unit's to own.
        Long owner = unit.id().equals(so.id()) ? officer.userId() : null;
        long id = seeds.open(officer, unit, BRVT_CLIPPING, "OTHER", "MINOR", owner,
                "Bài báo phản ánh phụ huynh một trường ở TP Vũng Tàu bức xúc về các khoản thu đầu năm học (quỹ lớp, tiền tài trợ sửa chữa). "
                        + "Cần xác minh, làm việc với nhà trường và có thông tin chính thức.", alert, clipping == null ? null : "CLIPPING",
                clipping == null ? null : clipping[1]);
        seeds.task(officer, unit, id, "Đề nghị Phòng GDĐT Vũng Tàu yêu cầu nhà trường báo cáo bằng văn bản các khoản thu", owner);
        seeds.task(officer, unit, id, "Đối chiếu với Thông tư 16/2018/TT-BGDĐT về tài trợ cho cơ sở giáo dục", null);
        seeds.task(officer, unit, id, "Chuẩn bị thông tin trả lời báo chí", null);
        List<Long> tasks = seeds.tasks(unit, id);
        seeds.done(officer, unit, id, tasks.get(0));
        seeds.note(officer, unit, id, "Đã gọi điện cho Trưởng phòng GDĐT Vũng Tàu; nhà trường báo cáo trong ngày.");
    }

    /** Dates the exam-day story: the desk's work that morning, the statement at 15:00, the closure the next afternoon. */
    private void date(long id, long article, List<Long> tasks, Instant alert) {
        Instant opened = alert.plus(Duration.ofMinutes(5));
        Instant statement = vn(2024, 6, 27, 15, 0);
        Instant closed = vn(2024, 6, 28, 17, 0);
        jdbc.prepareStatement("UPDATE press_incident SET created_at = ?, updated_at = ?, first_statement_at = ?, closed_at = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(opened));
            ps.setTimestamp(2, Timestamp.from(closed));
            ps.setTimestamp(3, Timestamp.from(statement));
            ps.setTimestamp(4, Timestamp.from(closed));
            ps.setLong(5, id);
            return ps.executeUpdate();
        });
        for (int i = 0; i < tasks.size(); i++) {
            long task = tasks.get(i);
            Instant done = opened.plus(Duration.ofMinutes(20L + 40L * i));
            update("UPDATE press_incident_task SET created_at = ?, done_at = ? WHERE id = ?", opened, done, task);
        }
        update("UPDATE press_incident_event SET at = ? WHERE incident_id = ? AND kind IN ('OPENED', 'PLAYBOOK')", opened, id);
        update("UPDATE press_incident_event SET at = ? WHERE incident_id = ? AND kind = 'NOTE'", opened.plus(Duration.ofMinutes(35)), id);
        jdbc.prepareStatement("UPDATE press_incident_event e JOIN press_incident_task t ON t.incident_id = e.incident_id AND t.title = e.body "
                + "SET e.at = t.done_at WHERE e.incident_id = ? AND e.kind = 'TASK_DONE'", ps -> {
            ps.setLong(1, id);
            return ps.executeUpdate();
        });
        update("UPDATE press_incident_event SET at = ? WHERE incident_id = ? AND kind = 'STATEMENT'", statement, id);
        update("UPDATE press_incident_link SET linked_at = ? WHERE incident_id = ? AND kind = 'ARTICLE'", statement, id);
        update("UPDATE press_incident_event SET at = ? WHERE incident_id = ? AND kind = 'CLOSED'", closed, id);
        update("UPDATE article SET created_at = ?, updated_at = ?, published_at = ? WHERE id = ?", statement.minus(Duration.ofMinutes(30)), statement,
                statement, article);
    }

    private void update(String sql, Instant at, long id) {
        jdbc.prepareStatement(sql, ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, id);
            return ps.executeUpdate();
        });
    }

    private void update(String sql, Instant a, Instant b, long id) {
        jdbc.prepareStatement(sql, ps -> {
            ps.setTimestamp(1, Timestamp.from(a));
            ps.setTimestamp(2, Timestamp.from(b));
            ps.setLong(3, id);
            return ps.executeUpdate();
        });
    }

    private void update(String sql, Instant a, Instant b, Instant c, long id) {
        jdbc.prepareStatement(sql, ps -> {
            ps.setTimestamp(1, Timestamp.from(a));
            ps.setTimestamp(2, Timestamp.from(b));
            ps.setTimestamp(3, Timestamp.from(c));
            ps.setLong(4, id);
            return ps.executeUpdate();
        });
    }

    private static Instant vn(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(VietnamTime.ZONE).toInstant();
    }
}
