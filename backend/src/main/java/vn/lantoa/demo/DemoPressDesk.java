package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.press.desk.PressSettingsWriter;
import vn.lantoa.press.desk.SettingsInput;
import vn.lantoa.press.events.EventInput;
import vn.lantoa.press.events.PressEvents;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The spokespersons' press desks: Sở GDĐT Đắk Lắk's press conference on the 2024 exam (seed 000) and an interview to come,
 * with its own press settings; Sở GDĐT Bà Rịa - Vũng Tàu's press trip to the digital schools of Vũng Tàu (seeds 002, 004),
 * with the journalists who went and what they wrote. Written through the desk's own services, as the spokesperson would.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoPressDesk {

    private final PressEvents events;
    private final PressSettingsWriter settings;
    private final UnitRefRepository units;
    private final JdbcOperations jdbc;
    private final Clock clock;

    DemoPressDesk(PressEvents events, PressSettingsWriter settings, UnitRefRepository units, JdbcOperations jdbc, Clock clock) {
        this.events = events;
        this.settings = settings;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param dakLak Sở GDĐT Đắk Lắk, whose spokesperson {@code dakLakSpokesperson} is joined by {@code dakLakOfficer}
     * @param brvt Sở GDĐT Bà Rịa - Vũng Tàu, whose spokesperson {@code brvtSpokesperson} took the journalists with {@code brvtOfficer}
     */
    void seed(long dakLak, long brvt, Actor dakLakSpokesperson, long dakLakOfficer, Actor brvtSpokesperson, long brvtOfficer) {
        UnitRef dl = units.findById(dakLak).orElseThrow();
        UnitRef br = units.findById(brvt).orElseThrow();
        // Nghị định 09/2017: the first statement within 24 hours; the Sở's leaders read the press every morning in the exam season.
        settings.save(dakLakSpokesperson, dl, new SettingsInput("5", "24", "DAILY", null));

        events.add(dakLakSpokesperson, dl, new EventInput("CONFERENCE", "Họp báo thông tin về Kỳ thi tốt nghiệp THPT năm 2024", "24/06/2024", "08:30",
                "", "10:30", "Hội trường Sở GDĐT Đắk Lắk, 08 Nguyễn Tất Thành, Buôn Ma Thuột",
                "Thông tin công tác chuẩn bị Kỳ thi tốt nghiệp THPT năm 2024 trên địa bàn tỉnh: số thí sinh, điểm thi, lực lượng coi thi, "
                        + "phương án bảo đảm an ninh, an toàn và xử lý tình huống bất thường; đường dây nóng của Ban Chỉ đạo thi cấp tỉnh.",
                "Báo Đắk Lắk\nĐài Phát thanh và Truyền hình Đắk Lắk\nBáo Giáo dục và Thời đại (văn phòng đại diện Tây Nguyên)\nThông tấn xã Việt Nam "
                        + "(cơ quan thường trú tại Đắk Lắk)",
                "Thông tin đầy đủ, thống nhất trước ngày thi; báo chí đưa tin đúng số liệu của Sở, không có tin sai lệch về kỳ thi.",
                ids(dakLakSpokesperson.userId(), dakLakOfficer), contacts(dakLak), List.of(), clippings(dakLak, LocalDate.of(2024, 6, 24)), "", null));
        LocalDate next = VietnamTime.today(clock).plusDays(2);
        events.add(dakLakSpokesperson, dl, new EventInput("INTERVIEW", "Phỏng vấn về tuyển sinh lớp 10 và chuẩn bị năm học mới",
                VietnamTime.date(next), "09:00", "", "10:00", "Phòng họp Văn phòng Sở GDĐT Đắk Lắk",
                "Phó Giám đốc Sở trả lời phỏng vấn về kết quả tuyển sinh lớp 10 và công tác chuẩn bị năm học mới.",
                "Phóng viên Ban Thời sự – Đài Phát thanh và Truyền hình Đắk Lắk", "", ids(dakLakSpokesperson.userId()), List.of(), List.of(),
                List.of(), "", null));

        List<String> coverage = clippings(brvt, LocalDate.of(2024, 4, 18));
        events.add(brvtSpokesperson, br, new EventInput("TRIP", "Đoàn phóng viên tìm hiểu mô hình trường học số tại TP Vũng Tàu", "18/04/2024", "07:30",
                "", "16:30", "Trường THPT Vũng Tàu và các trường thực hiện chuyển đổi số trên địa bàn TP Vũng Tàu",
                "Đưa phóng viên đi thực tế: lớp học thông minh, sổ điểm và học bạ số, thanh toán không dùng tiền mặt; trao đổi với "
                        + "hiệu trưởng, giáo viên và phụ huynh về mô hình trường học số.",
                "Báo Bà Rịa - Vũng Tàu\nĐài Phát thanh và Truyền hình Bà Rịa - Vũng Tàu\nBáo Giáo dục và Thời đại\nBáo Tuổi Trẻ (văn phòng đại diện)",
                "Năm cơ quan báo chí đưa tin; phóng sự truyền hình phát trong chương trình thời sự tối. Đề nghị các trường cập nhật "
                        + "tin bài về chuyển đổi số lên trang thông tin của trường.",
                ids(brvtSpokesperson.userId(), brvtOfficer), contacts(brvt), List.of(), coverage,
                coverage.isEmpty() ? "https://baobariavungtau.com.vn/giao-duc/\nhttps://www.brt.vn/giao-duc" : "", null));
    }

    private static List<String> ids(long... ids) {
        List<String> list = new ArrayList<>();
        for (long id : ids) {
            list.add(String.valueOf(id));
        }
        return list;
    }

    /** The unit's press contacts, if the contacts' demo wrote some: the journalists invited. */
    private List<String> contacts(long unitId) {
        return jdbc.prepareStatement("SELECT id FROM press_contact WHERE unit_id = ? AND active = TRUE ORDER BY id LIMIT 4", ps -> {
            ps.setLong(1, unitId);
            return column(ps.executeQuery());
        });
    }

    /** What the unit's clippings hold from the event's day and the week after, if the monitoring demo wrote some. */
    private List<String> clippings(long unitId, LocalDate day) {
        return jdbc.prepareStatement("SELECT id FROM press_clipping WHERE unit_id = ? AND published_on BETWEEN ? AND ? ORDER BY published_on, id LIMIT 6",
                ps -> {
                    ps.setLong(1, unitId);
                    ps.setDate(2, java.sql.Date.valueOf(day));
                    ps.setDate(3, java.sql.Date.valueOf(day.plusDays(7)));
                    return column(ps.executeQuery());
                });
    }

    private static List<String> column(ResultSet rs) throws java.sql.SQLException {
        List<String> ids = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
