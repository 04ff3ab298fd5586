package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.demo.DemoCases.Handler;
import vn.lantoa.desk.Channel;
import vn.lantoa.desk.Topic;
import vn.lantoa.desk.register.IssueSource;
import vn.lantoa.desk.register.IssueStatus;
import vn.lantoa.desk.register.Severity;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Sở GDĐT Bà Rịa - Vũng Tàu's public-opinion register (seed 002: "báo cáo về tình hình dư luận ... và kết quả xử lý,
 * trước ngày 20 hằng tháng"): six months of issues kept by the Sở, Phòng GDĐT Vũng Tàu and THPT Vũng Tàu, from the
 * press, social media, meetings and the desk's own cases, with the cases behind them. Written before the reports, so
 * each unit's monthly report is prefilled from its register, as the real form would be.
 *
 * <p>Entries are written as {@code Register} writes them (search text, concerned units, linked cases) with the dates they
 * are meant to have happened: the register's service stamps today on every entry and is the desk's own.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoOpinionRegister {

    private final JdbcOperations jdbc;
    private final DemoCases cases;
    private final Clock clock;
    private final List<Entry> written = new ArrayList<>();

    DemoOpinionRegister(JdbcOperations jdbc, DemoCases cases, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clock = clock;
    }

    /** One entry as written: what the demo's reports need to know beyond the prefill (how long it took). */
    record Entry(long unitId, LocalDate firstSeenOn, LocalDate resolvedOn) {
    }

    /**
     * @param so the Sở, whose office ({@code soOfficer}) keeps its register and answers its desk
     * @param phong Phòng GDĐT Vũng Tàu, whose communication officer {@code phongOfficer} does the same there
     * @param thpt THPT Vũng Tàu, whose register is kept without a desk account of the demo
     */
    void seed(long so, long phong, long thpt, Handler soOfficer, Handler phongOfficer) {
        cases.start();
        phong(phong, phongOfficer);
        thpt(thpt);
        so(so, phong, thpt, soOfficer);
    }

    /**
     * The longest time, in days, an issue of the unit first seen between these days took to be handled by the last of them
     * (what the report on that period can know); 0 when none was.
     */
    long longestHandling(long unitId, LocalDate first, LocalDate last) {
        return written.stream().filter(e -> e.unitId() == unitId && e.resolvedOn() != null && !e.firstSeenOn().isBefore(first)
                && !e.firstSeenOn().isAfter(last) && !e.resolvedOn().isAfter(last)).mapToLong(e -> e.resolvedOn().toEpochDay() - e.firstSeenOn().toEpochDay()).max().orElse(0);
    }

    private void phong(long unit, Handler officer) {
        issue(unit, officer, 158, IssueSource.SOCIAL_MEDIA, Severity.MEDIUM,
                "Phụ huynh phản ánh trên nhóm Zalo về việc vận động đóng góp sửa chữa cơ sở vật chất tại một trường tiểu học phường Thắng Nhì")
                .handling("Phòng GDĐT yêu cầu nhà trường báo cáo bằng văn bản, rà soát các khoản vận động tài trợ theo Thông tư 16/2018/TT-BGDĐT; "
                        + "chuyên viên Phòng dự họp Ban đại diện cha mẹ học sinh của trường.")
                .resolved(6, "Nhà trường dừng vận động, công khai lại các khoản thu trên bảng tin và trang thông tin; phụ huynh đồng thuận.")
                .save();
        long traffic = cases.web(unit, cases.daysAgo(131, 17, 20), Topic.AN_TOAN, "Trần Văn Hưng", "0908 415 273", "hungtv.vt@gmail.com",
                        "Giờ tan học buổi chiều, đoạn đường Lê Lợi trước cổng hai trường tiểu học và THCS ùn tắc kéo dài, phụ huynh đỗ xe tràn "
                                + "xuống lòng đường, xe buýt không qua được. Đề nghị Phòng GDĐT phối hợp với công an bố trí người phân luồng.")
                .acknowledged(officer, Duration.ofHours(15)).assigned(officer, officer, Duration.ofHours(15))
                .answered(officer, Duration.ofDays(5), "Kính gửi anh Hưng, Phòng GDĐT đã làm việc với Công an thành phố và hai nhà trường. Từ "
                        + "thứ Hai tuần sau, Cảnh sát giao thông và Đoàn thanh niên bố trí lực lượng phân luồng giờ tan học; nhà trường cho học "
                        + "sinh tan lệch giờ 15 phút giữa hai cấp học.")
                .closed(officer, Duration.ofDays(12), "Đã bố trí phân luồng và tan học lệch giờ; tình trạng ùn tắc giảm.")
                .save();
        issue(unit, officer, 131, IssueSource.CASE, Severity.MEDIUM,
                "Ùn tắc, mất an toàn giao thông trước cổng trường giờ tan học trên đường Lê Lợi")
                .handling("Phòng GDĐT phối hợp Công an thành phố, Đoàn thanh niên bố trí lực lượng phân luồng giờ cao điểm; chỉ đạo hai trường "
                        + "cho học sinh tan học lệch giờ và nhắc phụ huynh đỗ xe đúng nơi quy định.")
                .resolved(12, "Tình trạng ùn tắc giảm rõ rệt; duy trì phân luồng đến hết học kỳ.")
                .cases(traffic).save();
        issue(unit, officer, 96, IssueSource.SOCIAL_MEDIA, Severity.HIGH,
                "Tin đồn trên mạng xã hội về việc sáp nhập, giải thể một số trường mầm non công lập trên địa bàn thành phố")
                .handling("Người phát ngôn của Phòng GDĐT đăng thông tin chính thức trên trang thông tin của Phòng và của UBND thành phố: việc "
                        + "sắp xếp trường lớp theo lộ trình đã được phê duyệt, có lấy ý kiến phụ huynh, không giải thể trường nào.")
                .resolved(2, "Dư luận lắng xuống sau thông tin chính thức; các trang đăng tin đồn đã gỡ bài.")
                .save();
        cases.web(unit, cases.daysAgo(70, 9, 15), Topic.TUYEN_SINH, "Nguyễn Thị Kim Oanh", "0937 502 864", null,
                        "Gia đình tôi mới chuyển về phường Rạch Dừa, đã đăng ký tạm trú. Xin hỏi con tôi học lớp 5 có được tuyển sinh vào lớp 6 "
                                + "trường THCS gần nhà không, hồ sơ cần những gì?")
                .acknowledged(officer, Duration.ofHours(2)).assigned(officer, officer, Duration.ofHours(2))
                .answered(officer, Duration.ofDays(1), "Kính gửi chị Oanh, học sinh có nơi cư trú (thường trú hoặc tạm trú) tại phường Rạch Dừa "
                        + "được tuyển sinh vào lớp 6 theo địa bàn. Hồ sơ gồm đơn, học bạ tiểu học và xác nhận thông tin cư trú; Phòng GDĐT sẽ "
                        + "thông báo lịch đăng ký trên trang thông tin của Phòng.")
                .closed(officer, Duration.ofDays(3), "Đã hướng dẫn.")
                .save();
        issue(unit, officer, 66, IssueSource.PRESS, Severity.MEDIUM,
                "Báo địa phương phản ánh sĩ số đông, trên 45 học sinh mỗi lớp, tại các trường tiểu học khu vực trung tâm thành phố")
                .handling("Phòng GDĐT cung cấp thông tin cho phóng viên qua người phát ngôn: số liệu sĩ số từng trường, kế hoạch xây thêm 24 "
                        + "phòng học và điều chỉnh địa bàn tuyển sinh năm học tới.")
                .resolved(4, "Báo đăng thông tin phản hồi của Phòng GDĐT; kế hoạch xây thêm phòng học được công khai.")
                .save();
        long foodCall = cases.logged(unit, Channel.PHONE, cases.daysAgo(37, 10, 30), Topic.AN_TOAN,
                        "Chị Phan Thị Lệ, phụ huynh một trường mầm non phường 7", "0909 318 452",
                        null, "Phụ huynh gọi điện phản ánh bữa trưa bán trú có thịt có mùi lạ, nhiều cháu về nhà kêu đau bụng nhẹ.", officer)
                .assigned(officer, officer, Duration.ofMinutes(20))
                .answered(officer, Duration.ofDays(2), "Phòng GDĐT đã phối hợp Trung tâm Y tế thành phố kiểm tra đột xuất bếp ăn của trường; "
                        + "kết quả kiểm tra sẽ được nhà trường thông báo đến phụ huynh.")
                .closed(officer, Duration.ofDays(6), "Đã kiểm tra, nhà trường thay nhà cung cấp thực phẩm.")
                .save();
        long foodWeb = cases.web(unit, cases.daysAgo(36, 20, 45), Topic.AN_TOAN, "Lê Hoàng Phúc", null, "lehoangphuc.vt@gmail.com",
                        "Con tôi học lớp Chồi ở trường mầm non phường 7. Mấy tuần nay suất ăn trưa rất ít thịt, nhiều hôm chỉ có rau và canh. "
                                + "Đề nghị Phòng GDĐT kiểm tra và yêu cầu nhà trường công khai thực đơn, giá suất ăn.")
                .acknowledged(officer, Duration.ofHours(13)).assigned(officer, officer, Duration.ofHours(13))
                .answered(officer, Duration.ofDays(3), "Kính gửi anh Phúc, Phòng GDĐT đã kiểm tra bếp ăn của trường cùng Trung tâm Y tế thành phố. "
                        + "Nhà trường đã thay nhà cung cấp thực phẩm, công khai thực đơn và định lượng suất ăn hằng tuần trên bảng tin và nhóm "
                        + "phụ huynh các lớp.")
                .closed(officer, Duration.ofDays(5), "Nhà trường công khai thực đơn hằng tuần; phụ huynh hài lòng.")
                .save();
        issue(unit, officer, 36, IssueSource.CASE, Severity.HIGH, "Phụ huynh phản ánh chất lượng, định lượng suất ăn bán trú tại một trường mầm non phường 7")
                .handling("Phòng GDĐT phối hợp Trung tâm Y tế thành phố kiểm tra đột xuất bếp ăn, lấy mẫu lưu; yêu cầu nhà trường thay nhà cung cấp "
                        + "thực phẩm và công khai thực đơn, định lượng suất ăn hằng tuần.")
                .resolved(5, "Mẫu thực phẩm đạt yêu cầu; nhà trường thay nhà cung cấp rau, thịt và công khai thực đơn hằng tuần.")
                .cases(foodCall, foodWeb).save();
        cases.logged(unit, Channel.EMAIL, cases.daysAgo(21, 8, 0), Topic.CHE_DO, "Võ Thị Thu Hà", null, "thuha.vo82@gmail.com",
                        "Con tôi khuyết tật trí tuệ nhẹ, đang học lớp 3 hòa nhập. Xin hỏi cháu được hưởng những chính sách hỗ trợ gì và gia đình "
                                + "nộp hồ sơ ở đâu.", officer)
                .answered(officer, Duration.ofDays(2), "Kính gửi chị Hà, học sinh khuyết tật học hòa nhập được miễn học phí và hỗ trợ học bổng, "
                        + "phương tiện, đồ dùng học tập theo Thông tư liên tịch 42/2013. Chị nộp giấy xác nhận khuyết tật cho giáo viên chủ "
                        + "nhiệm; nhà trường lập hồ sơ gửi Phòng GDĐT.")
                .save();
        issue(unit, officer, 12, IssueSource.MEETING, Severity.MEDIUM,
                "Cử tri phường 11 kiến nghị tại buổi tiếp xúc cử tri về tình trạng thiếu chỗ học mầm non cho con công nhân")
                .handling("Phòng GDĐT tổng hợp, tham mưu UBND thành phố trả lời cử tri; rà soát chỉ tiêu nhận trẻ của các trường mầm non công lập "
                        + "và các cơ sở độc lập đã được cấp phép trên địa bàn.")
                .save();
        issue(unit, officer, 4, IssueSource.SOCIAL_MEDIA, Severity.MEDIUM,
                "Bài đăng trên mạng xã hội cho rằng giáo viên một trường THCS yêu cầu học sinh học thêm tại nhà")
                .watching("Đang xác minh với nhà trường; chưa có phản ánh chính thức của phụ huynh.")
                .save();
        cases.web(unit, cases.daysAgo(2, 19, 30), Topic.CO_SO_VAT_CHAT, "Đặng Quốc Toản", "0913 604 728", null,
                        "Mái tôn dãy phòng học phía sau của trường tiểu học phường Thắng Tam bị dột, mưa lớn chiều qua nước chảy xuống bàn học "
                                + "của lớp 4A2. Đề nghị Phòng GDĐT sớm cho sửa chữa.")
                .acknowledged(officer, Duration.ofHours(14)).assigned(officer, officer, Duration.ofHours(14)).save();
        cases.web(unit, cases.hoursAgo(6), Topic.KHAC, null, null, null,
                "Xin hỏi lịch nghỉ Tết Nguyên đán năm nay của học sinh các trường trên địa bàn thành phố Vũng Tàu đã có chưa ạ?").save();
    }

    private void thpt(long unit) {
        issue(unit, null, 150, IssueSource.SOCIAL_MEDIA, Severity.MEDIUM,
                "Phụ huynh đăng bài trên mạng xã hội phản ánh khoản thu tiền lắp máy lạnh phòng học")
                .handling("Ban giám hiệu làm việc với Ban đại diện cha mẹ học sinh; rà soát, công khai các khoản thu theo quy định; khoản lắp máy "
                        + "lạnh chuyển sang tài trợ tự nguyện, có sổ theo dõi.")
                .resolved(5, "Phụ huynh đồng thuận; bài đăng đã được gỡ.")
                .save();
        issue(unit, null, 112, IssueSource.PRESS, Severity.MEDIUM,
                "Báo điện tử đăng ảnh học sinh đi xe máy điện không đội mũ bảo hiểm, chở ba trước cổng trường")
                .handling("Nhà trường tổ chức sinh hoạt chuyên đề an toàn giao thông, ký cam kết với phụ huynh; Đoàn trường lập đội kiểm tra giờ "
                        + "tan học, phối hợp Công an phường Thắng Tam.")
                .resolved(9, "Kiểm tra của Đoàn trường trong hai tuần không còn học sinh vi phạm trước cổng trường.")
                .save();
        issue(unit, null, 76, IssueSource.MEETING, Severity.LOW,
                "Cha mẹ học sinh kiến nghị tại hội nghị cha mẹ học sinh về việc ôn tập cho học sinh lớp 12 theo quy định mới về dạy thêm, học thêm")
                .handling("Nhà trường tổ chức ôn tập miễn phí trong kế hoạch giáo dục, công khai lịch ôn tập trên trang thông tin của trường.")
                .resolved(3, "Phụ huynh thống nhất với lịch ôn tập.")
                .save();
        issue(unit, null, 45, IssueSource.SOCIAL_MEDIA, Severity.HIGH,
                "Thông tin trên mạng xã hội về việc học sinh bị ngộ độc sau khi ăn đồ ăn vặt mua trước cổng trường")
                .handling("Nhà trường xác minh: ba học sinh đau bụng nhẹ, đã về nhà, không phải nhập viện; thông tin cho phụ huynh qua giáo viên "
                        + "chủ nhiệm; phối hợp UBND phường kiểm tra các hàng quán trước cổng trường.")
                .resolved(2, "Thông tin \"ngộ độc hàng loạt\" là không chính xác; các xe bán hàng rong trước cổng trường đã được di dời.")
                .save();
        // The scuffle of DemoReporting's rapid incident report, three days ago.
        issue(unit, null, 3, IssueSource.SOCIAL_MEDIA, Severity.HIGH,
                "Clip hai nhóm học sinh lớp 11 xô xát trước cổng trường sau giờ tan học lan truyền trên mạng xã hội")
                .handling("Nhà trường đưa học sinh đi sơ cứu, mời phụ huynh làm việc, phối hợp Công an phường Thắng Tam xác minh; báo cáo nhanh "
                        + "Sở GDĐT trong 2 giờ; người phát ngôn trả lời báo chí theo hướng dẫn của Sở.")
                .save();
    }

    private void so(long unit, long phong, long thpt, Handler officer) {
        issue(unit, officer, 147, IssueSource.SOCIAL_MEDIA, Severity.HIGH,
                "Thông tin sai sự thật trên mạng xã hội về việc toàn tỉnh cho học sinh nghỉ học cả tuần do áp thấp nhiệt đới")
                .handling("Văn phòng Sở đăng thông báo chính thức trên Cổng thông tin điện tử và Fanpage Ngọn Hải Đăng trong 2 giờ; đề nghị các "
                        + "Phòng GDĐT, các trường chia sẻ; báo Công an tỉnh xác minh tài khoản đăng tin.")
                .resolved(1, "Thông tin chính thức được chia sẻ rộng rãi; tài khoản đăng tin sai đã gỡ bài và xin lỗi.")
                .concerns(unit, phong, thpt).save();
        issue(unit, officer, 101, IssueSource.PRESS, Severity.MEDIUM,
                "Báo chí phản ánh tình trạng thiếu giáo viên Tin học, Ngoại ngữ dạy theo Chương trình giáo dục phổ thông 2018")
                .handling("Phòng Tổ chức cán bộ cung cấp số liệu cho phóng viên qua người phát ngôn; Sở có văn bản trả lời báo, nêu kế hoạch tuyển "
                        + "dụng bổ sung và điều động giáo viên dạy liên trường.")
                .resolved(7, "Báo đăng bài trả lời của Sở; kế hoạch tuyển dụng bổ sung được công khai trên Cổng thông tin điện tử.")
                .concerns(unit, phong).save();
        long tutoring = cases.logged(unit, Channel.EMAIL, cases.daysAgo(42, 7, 45), Topic.CAN_BO, "Huỳnh Thị Mỹ Linh", null,
                        "mylinh.huynh.brvt@gmail.com", "Tôi là phụ huynh học sinh lớp 11 Trường THPT Vũng Tàu. Một số giáo viên tổ chức dạy thêm "
                                + "cho chính học sinh lớp mình vào buổi chiều tại trường, thu 200.000 đồng một buổi. Xin hỏi việc này có đúng quy "
                                + "định mới về dạy thêm, học thêm không?", officer)
                .concerned(thpt).assigned(officer, officer, Duration.ofHours(1))
                .answered(officer, Duration.ofDays(4), "Kính gửi chị Linh, theo quy định hiện hành, giáo viên không được dạy thêm có thu tiền "
                        + "đối với học sinh mà mình đang dạy chính khóa; nhà trường chỉ tổ chức dạy thêm không thu tiền. Sở đã giao Thanh tra "
                        + "Sở kiểm tra tại Trường THPT Vũng Tàu và sẽ thông báo kết quả.")
                .save();
        issue(unit, officer, 41, IssueSource.CASE, Severity.HIGH, "Phụ huynh phản ánh giáo viên thu tiền dạy thêm học sinh lớp mình tại trường THPT")
                .handling("Thanh tra Sở kiểm tra việc dạy thêm, học thêm tại Trường THPT Vũng Tàu; Sở có văn bản nhắc các đơn vị thực hiện "
                        + "đúng quy định mới về dạy thêm, học thêm.")
                .concerns(unit, thpt).cases(tutoring).save();
        issue(unit, officer, 19, IssueSource.PRESS, Severity.MEDIUM,
                "Phóng viên đề nghị cung cấp thông tin về tiến độ sửa chữa phòng học xuống cấp sau các đợt mưa lớn")
                .handling("Văn phòng Sở phối hợp Phòng Kế hoạch - Tài chính chuẩn bị thông tin; người phát ngôn trả lời bằng văn bản.")
                .resolved(3, "Báo đăng bài phản hồi của Sở với danh mục công trình và thời gian hoàn thành.")
                .concerns(unit, phong, thpt).save();
        cases.logged(unit, Channel.PHONE, cases.daysAgo(10, 14, 5), Topic.THI_CU, "Anh Tô Minh Khang, phụ huynh học sinh lớp 12", "0985 227 130",
                        null, "Phụ huynh hỏi lịch thi tốt nghiệp THPT năm tới, số môn thi và khi nào có đề thi tham khảo.", officer)
                .answered(officer, Duration.ofMinutes(10), "Thí sinh thi 4 môn: Ngữ văn, Toán và 2 môn tự chọn; lịch thi và đề tham khảo do Bộ "
                        + "GDĐT công bố, Sở sẽ đăng trên Cổng thông tin điện tử ngay khi có văn bản.")
                .closed(officer, Duration.ofHours(1), "Đã trả lời qua điện thoại.")
                .save();
        cases.web(unit, cases.hoursAgo(28), Topic.CAN_BO, "Phạm Ngọc Trâm", null, "ngoctram.gv@gmail.com",
                        "Tôi là giáo viên hợp đồng tại một trường THCS ở huyện Xuyên Mộc. Xin hỏi năm nay Sở có tổ chức xét tuyển đặc cách giáo "
                                + "viên hợp đồng lâu năm không và điều kiện như thế nào?")
                .acknowledged(officer, Duration.ofHours(2)).save();
    }

    private Builder issue(long unit, Handler by, int daysAgo, IssueSource source, Severity severity, String title) {
        return new Builder(unit, by, VietnamTime.today(clock).minusDays(daysAgo), source, severity, title);
    }

    /** One register entry, written by {@link #save()}. */
    private final class Builder {

        private final long unit;
        private final Handler by;
        private final LocalDate firstSeen;
        private final IssueSource source;
        private final Severity severity;
        private final String title;
        private IssueStatus status = IssueStatus.WATCHING;
        private String handling;
        private String result;
        private Integer resolvedAfterDays;
        private List<Long> concerned = List.of();
        private List<Long> caseIds = List.of();

        Builder(long unit, Handler by, LocalDate firstSeen, IssueSource source, Severity severity, String title) {
            this.unit = unit;
            this.by = by;
            this.firstSeen = firstSeen;
            this.source = source;
            this.severity = severity;
            this.title = title;
        }

        Builder watching(String text) {
            handling = text;
            status = IssueStatus.WATCHING;
            return this;
        }

        Builder handling(String text) {
            handling = text;
            status = IssueStatus.HANDLING;
            return this;
        }

        Builder resolved(int afterDays, String text) {
            result = text;
            resolvedAfterDays = afterDays;
            status = IssueStatus.RESOLVED;
            return this;
        }

        Builder concerns(Long... unitIds) {
            concerned = List.of(unitIds);
            return this;
        }

        Builder cases(Long... ids) {
            caseIds = List.of(ids);
            return this;
        }

        void save() {
            Instant now = clock.instant();
            Instant created = cap(firstSeen.atTime(LocalTime.of(9, 30)).atZone(VietnamTime.ZONE).toInstant(), now);
            Instant resolvedAt = resolvedAfterDays == null ? null
                    : cap(firstSeen.plusDays(resolvedAfterDays).atTime(LocalTime.of(16, 30)).atZone(VietnamTime.ZONE).toInstant(), now);
            Instant updated = resolvedAt != null ? resolvedAt : cap(created.plus(Duration.ofDays(1)), now);
            List<String> codes = caseIds.stream().map(id -> code(unit, id)).toList();
            List<String> parts = new ArrayList<>(List.of(title));
            if (handling != null) {
                parts.add(handling);
            }
            if (result != null) {
                parts.add(result);
            }
            parts.addAll(codes);
            String searchText = VietnameseText.fold(String.join(" ", parts));
            jdbc.prepareStatement("INSERT INTO public_opinion_issue (unit_id, title, source, link, first_seen_on, severity, status, handling, result, "
                    + "search_text, resolved_at, created_at, updated_at, created_by, updated_by, version) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    ps -> {
                        ps.setLong(1, unit);
                        ps.setString(2, title);
                        ps.setString(3, source.name());
                        ps.setDate(4, Date.valueOf(firstSeen));
                        ps.setString(5, severity.name());
                        ps.setString(6, status.name());
                        ps.setString(7, handling);
                        ps.setString(8, result);
                        ps.setString(9, searchText);
                        ps.setTimestamp(10, resolvedAt == null ? null : Timestamp.from(resolvedAt));
                        ps.setTimestamp(11, Timestamp.from(created));
                        ps.setTimestamp(12, Timestamp.from(updated));
                        if (by == null) {
                            ps.setNull(13, Types.BIGINT);
                            ps.setNull(14, Types.BIGINT);
                        } else {
                            ps.setLong(13, by.id());
                            ps.setLong(14, by.id());
                        }
                        return ps.executeUpdate();
                    });
            long issueId = jdbc.prepareStatement("SELECT MAX(id) FROM public_opinion_issue WHERE unit_id = ?", ps -> {
                ps.setLong(1, unit);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            link("INSERT INTO public_opinion_issue_unit (unit_id, issue_id, concerned_unit_id) VALUES (?, ?, ?)", issueId,
                    concerned.isEmpty() ? List.of(unit) : concerned);
            link("INSERT INTO public_opinion_issue_case (unit_id, issue_id, case_id) VALUES (?, ?, ?)", issueId, caseIds);
            written.add(new Entry(unit, firstSeen, resolvedAt == null ? null : LocalDate.ofInstant(resolvedAt, VietnamTime.ZONE)));
        }

        private void link(String sql, long issueId, List<Long> ids) {
            for (long id : ids) {
                jdbc.prepareStatement(sql, ps -> {
                    ps.setLong(1, unit);
                    ps.setLong(2, issueId);
                    ps.setLong(3, id);
                    return ps.executeUpdate();
                });
            }
        }
    }

    private String code(long unit, long caseId) {
        return jdbc.prepareStatement("SELECT code FROM desk_case WHERE unit_id = ? AND id = ?", ps -> {
            ps.setLong(1, unit);
            ps.setLong(2, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static Instant cap(Instant t, Instant now) {
        return t.isAfter(now) ? now.minusSeconds(600) : t;
    }
}
