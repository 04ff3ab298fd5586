package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.desk.CaseCodes;
import vn.lantoa.desk.CaseStatus;
import vn.lantoa.desk.Channel;
import vn.lantoa.desk.Intake;
import vn.lantoa.desk.StepKind;
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The listening desk of the demo (issue 12, item 11): THCS Tân Mai and Phòng GDĐT Hoàng Mai with four months of cases
 * from parents, up to today, in every status and channel, two of them overdue; and Sở GDĐT Đắk Lắk's exam hotline of
 * the 2024 high-school exam (seed 000: "thiết lập địa chỉ đường dây nóng tiếp nhận và xử lý thông tin về Kỳ thi"), every
 * call answered. The cases are written as the desk writes them (codes, search text, message hash, follow-token hash,
 * one history step per action) with the times they are meant to have happened, and without mailing anyone.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoDesk {

    /** Someone who takes a step on a case. */
    record Handler(long id, String name) {
    }

    private final JdbcOperations jdbc;
    private final UnitRepository units;
    private final Clock clock;
    private final Set<String> codes = new HashSet<>();
    private Instant now;
    private int sources;

    DemoDesk(JdbcOperations jdbc, UnitRepository units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    /**
     * @param officer Tân Mai's hotline officer; {@code principal} and {@code deputy} of the same school
     * @param district the Phòng's desk officer; {@code dakLak} the Sở's officer on the exam hotline
     */
    void seed(long tanMai, long hoangMai, long soDakLak, Handler officer, Handler principal, Handler deputy, Handler district, Handler dakLak) {
        now = clock.instant();
        tanMai(tanMai, officer, principal, deputy);
        hoangMai(hoangMai, district);
        examHotline(soDakLak, dakLak);
    }

    private void tanMai(long unit, Handler officer, Handler principal, Handler deputy) {
        // New, not yet taken in hand: both still within their day to be acknowledged.
        web(unit, hoursAgo(3), Topic.TUYEN_SINH, "Trần Thị Thu", "0904 215 368", "thu.tran.ph@gmail.com",
                "Con tôi đang học lớp 5 Trường Tiểu học Đại Kim, hộ khẩu ở phường Tân Mai. Xin hỏi năm học tới trường tuyển sinh lớp 6 "
                        + "theo tuyến như thế nào, hồ sơ gồm những gì và đăng ký trực tuyến từ ngày nào ạ?").save();
        web(unit, hoursAgo(20), Topic.AN_TOAN, null, null, null,
                "Giờ tan học buổi chiều, phụ huynh dừng xe máy tràn ra lòng đường ngõ 6 Tân Mai, ô tô đi qua rất nguy hiểm cho các cháu. "
                        + "Đề nghị nhà trường phối hợp với Công an phường bố trí người phân luồng trước cổng trường.").save();
        // Overdue: written in more than two weeks ago and never acknowledged.
        web(unit, daysAgo(16, 21, 40), Topic.HOC_PHI, null, null, null,
                "Đầu năm lớp 7A3 thu quỹ lớp 500.000 đồng mỗi học sinh, trong đó có tiền mua máy chiếu cho lớp. Xin hỏi khoản mua máy chiếu "
                        + "có đúng quy định không, nhà trường có biết việc này không? Tôi không muốn nêu tên vì sợ ảnh hưởng đến con.").save();
        web(unit, hoursAgo(26), Topic.CHE_DO, "Phạm Quang Vinh", "0912 608 447", null,
                "Con tôi bị khuyết tật vận động nhẹ, sắp vào lớp 6. Gia đình muốn biết cháu có được miễn giảm học phí, hỗ trợ chi phí học tập "
                        + "và được bố trí lớp học ở tầng 1 không?")
                .acknowledged(officer, Duration.ofHours(2)).save();
        logged(unit, Channel.PHONE, daysAgo(2, 10, 15), Topic.AN_TOAN, "Chị Nguyễn Thị Lan, phụ huynh lớp 6A2", "0987 332 190", null,
                "Phụ huynh gọi điện phản ánh suất ăn bán trú trưa thứ Ba có món cá kho bị tanh, nhiều cháu bỏ dở. Đề nghị nhà trường kiểm tra "
                        + "đơn vị cung cấp suất ăn và cho phụ huynh xem hồ sơ kiểm thực ba bước.", officer).save();
        web(unit, daysAgo(4, 7, 50), Topic.CO_SO_VAT_CHAT, "Lê Thị Hạnh", null, "hanhle.1984@gmail.com",
                "Nhà vệ sinh học sinh nữ tầng 2 dãy nhà B hỏng vòi nước và khóa cửa đã hơn một tuần, các cháu phải chạy sang dãy A trong giờ "
                        + "ra chơi. Mong nhà trường sửa sớm.")
                .acknowledged(officer, Duration.ofHours(1)).assigned(officer, deputy, Duration.ofHours(2)).save();
        // Overdue: in hand for five weeks without an answer.
        logged(unit, Channel.EMAIL, daysAgo(35, 9, 5), Topic.CAN_BO, "Đỗ Minh Khôi", null, "khoi.dominh@yahoo.com",
                "Tôi là phụ huynh lớp 8A1. Cô giáo chủ nhiệm nhiều lần nhắn trong nhóm Zalo của lớp đề nghị phụ huynh đăng ký cho con học thêm "
                        + "tại nhà cô vào tối thứ Ba và thứ Năm. Xin hỏi việc này có đúng quy định về dạy thêm, học thêm không?", officer)
                .assigned(officer, principal, Duration.ofHours(1)).save();
        web(unit, daysAgo(6, 20, 30), Topic.TUYEN_SINH, "Vũ Thanh Tùng", "0936 117 845", "tungvt.hm@gmail.com",
                "Nhà tôi mới chuyển đến phường Tân Mai, đã đăng ký tạm trú. Xin hỏi con tôi có được đăng ký tuyển sinh lớp 6 vào trường theo "
                        + "tuyến không, hay phải có hộ khẩu thường trú?")
                .acknowledged(officer, Duration.ofHours(13)).assigned(officer, officer, Duration.ofHours(13))
                .answered(officer, Duration.ofDays(2), "Kính gửi anh Tùng, theo hướng dẫn tuyển sinh của Sở GDĐT Hà Nội, học sinh có nơi cư trú "
                        + "(thường trú hoặc tạm trú) trên địa bàn tuyển sinh được đăng ký vào trường theo tuyến. Anh đăng ký trực tuyến trên hệ thống "
                        + "tuyển sinh của Thành phố, kèm xác nhận thông tin cư trú. Mọi vướng mắc xin liên hệ văn phòng nhà trường, số 024 3662 5140.")
                .save();
        logged(unit, Channel.PHONE, daysAgo(9, 14, 20), Topic.HOC_PHI, "Anh Hoàng Văn Bình, phụ huynh lớp 9A4", "0915 240 673", null,
                "Phụ huynh hỏi các khoản thu đầu năm: tiền học kỹ năng sống, tiền nước uống, bảo hiểm y tế, quỹ hội cha mẹ học sinh; khoản nào "
                        + "bắt buộc, khoản nào tự nguyện.", officer)
                .answered(officer, Duration.ofMinutes(20), "Đã trả lời qua điện thoại: bảo hiểm y tế học sinh là bắt buộc theo Luật Bảo hiểm y tế; "
                        + "tiền nước uống thu theo thỏa thuận, có biên lai; học kỹ năng sống và quỹ hội cha mẹ học sinh là tự nguyện. Danh mục các "
                        + "khoản thu đã niêm yết tại bảng tin và trên trang thông tin của trường.")
                .save();
        web(unit, daysAgo(11, 2, 14), Topic.KHAC, "Dịch vụ bằng cấp", "0868 000 111", null,
                "Nhận làm bằng tốt nghiệp, chứng chỉ tiếng Anh, tin học các loại, giá rẻ, không cần thi, giao tận nơi. Liên hệ Zalo 0868 000 111.")
                .spam(officer, Duration.ofHours(7)).save();
        logged(unit, Channel.IN_PERSON, daysAgo(13, 16, 30), Topic.KHAC, "Bà Trịnh Thị Mến, bà ngoại học sinh lớp 6A5", null, null,
                "Phụ huynh đến văn phòng hỏi việc mua đồng phục: có bắt buộc mua tại trường không, và con đã có áo trắng cũ thì có được mặc "
                        + "tiếp không.", officer)
                .answered(officer, Duration.ofDays(1), "Nhà trường không bắt buộc mua đồng phục tại trường; phụ huynh có thể tự may theo mẫu đã "
                        + "thông báo. Áo trắng cũ còn phù hợp thì học sinh mặc tiếp bình thường.")
                .save();
        web(unit, daysAgo(20, 17, 45), Topic.AN_TOAN, "Nguyễn Văn Hải", "0983 515 206", "haing.tanmai@gmail.com",
                "Buổi sáng từ 6 giờ 45 đến 7 giờ 10, đoạn đường trước cổng trường ùn tắc kéo dài, xe tải chở vật liệu vẫn đi qua. Đề nghị nhà "
                        + "trường kiến nghị phường cấm xe tải giờ cao điểm và kẻ vạch đi bộ.")
                .acknowledged(officer, Duration.ofHours(15)).assigned(officer, deputy, Duration.ofHours(16))
                .answered(deputy, Duration.ofDays(5), "Kính gửi anh Hải, nhà trường đã làm việc với Công an phường Tân Mai. Từ ngày thứ Hai tuần "
                        + "tới, Công an phường bố trí lực lượng phân luồng trước cổng trường giờ đến và tan học; đội thanh niên tình nguyện của "
                        + "phường hỗ trợ đưa học sinh qua đường. Kiến nghị cấm xe tải giờ cao điểm đã được chuyển đến UBND phường.")
                .closed(officer, Duration.ofDays(8), "Đã phối hợp Công an phường bố trí phân luồng giờ cao điểm; phụ huynh xác nhận tình hình đã cải thiện.")
                .save();
        logged(unit, Channel.IN_PERSON, daysAgo(28, 8, 30), Topic.HOC_PHI, "Chị Đào Thị Huyền, phụ huynh lớp 7A1", null, null,
                "Phụ huynh đến trường hỏi con đã có thẻ bảo hiểm y tế hộ gia đình thì có phải đóng bảo hiểm y tế học sinh nữa không.", officer)
                .answered(officer, Duration.ofMinutes(30), "Học sinh đã có thẻ bảo hiểm y tế còn hạn theo hộ gia đình thì không phải mua thêm; phụ "
                        + "huynh nộp bản chụp thẻ cho giáo viên chủ nhiệm để nhà trường đối chiếu.")
                .closed(officer, Duration.ofDays(2), "Phụ huynh đã nộp bản chụp thẻ; không phát sinh khoản thu.")
                .save();
        logged(unit, Channel.EMAIL, daysAgo(45, 10, 0), Topic.CHE_DO, "Lò Thị Dung", null, "lothidung.hn@gmail.com",
                "Gia đình tôi thuộc hộ cận nghèo của quận. Xin hỏi thủ tục đề nghị miễn, giảm học phí cho con đang học lớp 8 và thời hạn nộp hồ sơ.",
                officer)
                .assigned(officer, officer, Duration.ofMinutes(10))
                .answered(officer, Duration.ofDays(2), "Kính gửi chị Dung, học sinh thuộc hộ cận nghèo được giảm 50% học phí theo Nghị định "
                        + "81/2021/NĐ-CP. Hồ sơ gồm đơn đề nghị (theo mẫu) và bản sao giấy chứng nhận hộ cận nghèo; chị nộp cho giáo viên chủ nhiệm "
                        + "trong vòng 45 ngày kể từ ngày khai giảng.")
                .closed(officer, Duration.ofDays(12), "Hồ sơ đã nộp đủ; học sinh được giảm 50% học phí từ học kỳ I.")
                .save();
        logged(unit, Channel.PHONE, daysAgo(60, 15, 10), Topic.KHAC, "Anh Phan Đức Thắng, phụ huynh lớp 6A3", "0977 402 518", null,
                "Phụ huynh hỏi đăng ký bán trú giữa học kỳ được không, tiền ăn tính theo ngày hay theo tháng, nghỉ ốm có được trả lại tiền ăn không.",
                officer)
                .answered(officer, Duration.ofMinutes(15), "Nhận đăng ký bán trú từ đầu mỗi tháng; tiền ăn tính theo ngày thực ăn, ngày nghỉ có báo "
                        + "trước 8 giờ sáng được trừ vào tháng sau.")
                .closed(officer, Duration.ofDays(1), "Đã hướng dẫn; phụ huynh đăng ký bán trú từ đầu tháng sau.")
                .save();
        web(unit, daysAgo(75, 21, 5), Topic.CO_SO_VAT_CHAT, "Ngô Thị Phương", null, "phuong.ngo.hm@gmail.com",
                "Lớp 6A4 có hai quạt trần kêu to và rung mạnh, các cháu sợ ngồi bên dưới. Đề nghị nhà trường kiểm tra, thay thế để đảm bảo an toàn.")
                .acknowledged(officer, Duration.ofHours(12)).assigned(officer, deputy, Duration.ofHours(12))
                .answered(deputy, Duration.ofDays(3), "Nhà trường đã cho kiểm tra toàn bộ quạt trần của dãy nhà A; hai quạt của lớp 6A4 đã được "
                        + "thay mới ngày thứ Bảy vừa qua. Cảm ơn chị đã phản ánh kịp thời.")
                .closed(deputy, Duration.ofDays(4), "Đã thay hai quạt trần lớp 6A4 và kiểm tra quạt các lớp khác.")
                .save();
        web(unit, daysAgo(95, 9, 40), Topic.TUYEN_SINH, "Đinh Văn Toàn", "0949 661 230", null,
                "Gia đình chuyển công tác từ Thái Nguyên về Hà Nội, con đang học lớp 7. Xin hỏi thủ tục xin chuyển trường vào THCS Tân Mai giữa "
                        + "năm học và trường còn chỉ tiêu không?")
                .acknowledged(officer, Duration.ofHours(2)).assigned(officer, principal, Duration.ofHours(3))
                .answered(principal, Duration.ofDays(2), "Kính gửi anh Toàn, hồ sơ chuyển trường gồm đơn đề nghị, học bạ, giấy giới thiệu chuyển "
                        + "trường của trường cũ và xác nhận cư trú. Khối 7 của trường còn chỉ tiêu; anh liên hệ văn phòng trong giờ hành chính để "
                        + "được hướng dẫn trực tiếp.")
                .closed(officer, Duration.ofDays(9), "Học sinh đã nhập học lớp 7A2.")
                .save();
        logged(unit, Channel.PHONE, daysAgo(110, 11, 0), Topic.THI_CU, "Chị Mai Thị Ngọc, phụ huynh lớp 9A2", "0903 778 954", null,
                "Phụ huynh hỏi lịch ôn thi vào lớp 10 của nhà trường, có thu tiền ôn tập không và môn thi thứ tư năm nay công bố khi nào.", officer)
                .answered(officer, Duration.ofMinutes(25), "Nhà trường tổ chức ôn tập miễn phí cho học sinh lớp 9 từ tháng 3; môn thi thứ tư do Sở "
                        + "GDĐT Hà Nội công bố, nhà trường sẽ thông báo ngay khi có văn bản.")
                .closed(officer, Duration.ofDays(1), "Đã trả lời qua điện thoại.")
                .save();
    }

    private void hoangMai(long unit, Handler officer) {
        long daiKim = below(unit, "TH Đại Kim");
        long linhNam = below(unit, "TH Lĩnh Nam");
        long hoangLiet = below(unit, "THCS Hoàng Liệt");
        long tanMai = below(unit, "THCS Tân Mai");
        long hoaMai = below(unit, "MN Hoa Mai");
        web(unit, hoursAgo(5), Topic.TUYEN_SINH, "Bùi Thị Hoa", "0962 330 417", "hoabui.dk@gmail.com",
                "Nhà tôi ở khu tái định cư Đại Kim nhưng năm nay không thấy tên khu này trong tuyến tuyển sinh lớp 1 của Trường Tiểu học Đại Kim. "
                        + "Đề nghị Phòng kiểm tra lại việc phân tuyến.").concerned(daiKim).save();
        logged(unit, Channel.PHONE, daysAgo(1, 9, 30), Topic.HOC_PHI, "Chị Tạ Thu Trang, phụ huynh Trường Mầm non Hoa Mai", "0918 553 026", null,
                "Phụ huynh phản ánh đầu năm trường thu tiền trang thiết bị, đồ dùng bán trú 1.200.000 đồng mỗi cháu mà chưa họp phụ huynh thống nhất.",
                officer).concerned(hoaMai).save();
        web(unit, daysAgo(3, 18, 10), Topic.AN_TOAN, "Lưu Văn Đạt", null, "datluu.linhdam@gmail.com",
                "Cổng sau Trường THCS Hoàng Liệt giáp hồ Linh Đàm không có lan can, chiều tối học sinh tụ tập ra sát mép hồ. Đề nghị Phòng chỉ đạo "
                        + "nhà trường và phường rào chắn.")
                .concerned(hoangLiet).acknowledged(officer, Duration.ofHours(15)).assigned(officer, officer, Duration.ofHours(15)).save();
        logged(unit, Channel.EMAIL, daysAgo(8, 8, 20), Topic.TUYEN_SINH, "Trương Minh Đức", null, "ductm.hoangmai@gmail.com",
                "Xin hỏi kế hoạch tuyển sinh lớp 6 năm học tới của quận Hoàng Mai: các trường THCS tuyển theo tuyến hay theo phường, và lịch đăng "
                        + "ký trực tuyến.", officer)
                .answered(officer, Duration.ofDays(3), "Kính gửi anh Đức, Phòng GDĐT sẽ công bố kế hoạch tuyển sinh và danh sách tuyến của từng "
                        + "trường trên trang thông tin của Phòng sau khi UBND quận phê duyệt; đăng ký trực tuyến theo lịch chung của Thành phố.")
                .save();
        web(unit, daysAgo(40, 20, 0), Topic.HOC_PHI, "Kiều Thị Nga", "0935 882 104", null,
                "Lớp 3A Trường Tiểu học Lĩnh Nam vận động mỗi phụ huynh góp 400.000 đồng để lắp điều hòa. Gia đình tôi khó khăn, xin hỏi khoản này "
                        + "có bắt buộc không.")
                .concerned(linhNam).acknowledged(officer, Duration.ofHours(13)).assigned(officer, officer, Duration.ofHours(14))
                .answered(officer, Duration.ofDays(4), "Kính gửi chị Nga, theo quy định, ban đại diện cha mẹ học sinh không được vận động các khoản "
                        + "mua sắm trang thiết bị cho lớp. Phòng GDĐT đã yêu cầu nhà trường dừng thu và trả lại số tiền đã thu.")
                .closed(officer, Duration.ofDays(10), "Nhà trường đã dừng thu và hoàn trả tiền cho phụ huynh lớp 3A.")
                .save();
        web(unit, daysAgo(55, 13, 25), Topic.CO_SO_VAT_CHAT, "Cao Thị Liên", null, "caolien.tm@gmail.com",
                "Sân trường THCS Tân Mai có nhiều chỗ lún, nứt, mưa xuống đọng nước, học sinh trượt ngã. Đề nghị Phòng bố trí kinh phí sửa chữa.")
                .concerned(tanMai).acknowledged(officer, Duration.ofHours(3)).assigned(officer, officer, Duration.ofHours(3))
                .answered(officer, Duration.ofDays(6), "Phòng GDĐT đã đưa hạng mục cải tạo sân trường THCS Tân Mai vào kế hoạch sửa chữa dịp hè; "
                        + "trước mắt nhà trường khoanh vùng các chỗ lún để bảo đảm an toàn cho học sinh.")
                .closed(officer, Duration.ofDays(7), "Đã đưa vào kế hoạch sửa chữa hè; khoanh vùng tạm thời.")
                .save();
        logged(unit, Channel.IN_PERSON, daysAgo(70, 14, 0), Topic.CAN_BO, "Ông Nguyễn Hữu Lộc, phụ huynh Trường Tiểu học Đại Kim", null, null,
                "Phụ huynh đến Phòng phản ánh một giáo viên lớp 2 có lời lẽ nặng nề với học sinh trong giờ học.", officer)
                .concerned(daiKim).assigned(officer, officer, Duration.ofMinutes(15))
                .answered(officer, Duration.ofDays(7), "Phòng GDĐT đã chỉ đạo nhà trường xác minh. Nhà trường đã họp, nhắc nhở giáo viên và tổ chức "
                        + "gặp gỡ phụ huynh; giáo viên đã nhận khuyết điểm.")
                .closed(officer, Duration.ofDays(9), "Đã xác minh, nhắc nhở giáo viên; phụ huynh đồng ý với kết quả.")
                .save();
        logged(unit, Channel.PHONE, daysAgo(100, 10, 45), Topic.KHAC, "Chị Hà Thị Quyên, phụ huynh Trường THCS Tân Mai", "0983 604 772", null,
                "Phụ huynh hỏi vì sao trường THCS Tân Mai dừng bán trú hai tuần và khi nào tổ chức lại.", officer)
                .concerned(tanMai)
                .answered(officer, Duration.ofHours(2), "Nhà trường tạm dừng bán trú để thay đơn vị cung cấp suất ăn sau đợt kiểm tra an toàn thực "
                        + "phẩm; bán trú được tổ chức lại từ thứ Hai tuần sau.")
                .closed(officer, Duration.ofDays(1), "Đã trả lời qua điện thoại.")
                .save();
    }

    /** Seed 000's hotline during the 2024 exam (documents on 26 June, papers on 27 and 28 June, results on 17 July). */
    private void examHotline(long unit, Handler officer) {
        String hotline = "Đã trả lời qua đường dây nóng.";
        exam(unit, Channel.PHONE, "2024-06-03T08:40", Topic.THI_CU, "Thí sinh tự do Hồ Văn Lực", "0977 125 639",
                "Thí sinh tốt nghiệp THPT năm 2022 hỏi đăng ký dự thi năm 2024 để lấy kết quả xét tuyển đại học thì nộp hồ sơ ở đâu, có phải thi "
                        + "đủ các môn không.", officer, Duration.ofMinutes(10),
                "Thí sinh tự do đăng ký tại điểm tiếp nhận do Sở GDĐT quy định (trường THPT hoặc trung tâm GDNN-GDTX nơi cư trú), chỉ cần đăng ký "
                        + "các bài thi dùng để xét tuyển.", hotline);
        exam(unit, Channel.EMAIL, "2024-06-12T15:20", Topic.CHE_DO, "Y Thuyên Niê", null,
                "Em là thí sinh ở xã Krông Nô, huyện Lắk, nhà xa điểm thi hơn 40 km. Xin hỏi Sở có hỗ trợ chỗ ở, phương tiện cho thí sinh ở xa "
                        + "điểm thi không ạ?", officer, Duration.ofDays(1),
                "Chào em, Đoàn Thanh niên và các địa phương tổ chức chương trình Tiếp sức mùa thi: hỗ trợ chỗ ở miễn phí, suất ăn và xe đưa đón "
                        + "thí sinh ở xa. Em đăng ký với Đoàn trường THPT Lắk trước ngày 20/6.", "Thí sinh đã được bố trí chỗ ở gần điểm thi.");
        exam(unit, Channel.PHONE, "2024-06-20T09:10", Topic.THI_CU, "Phụ huynh thí sinh Lê Thị Hường", "0905 662 781",
                "Phụ huynh báo thí sinh làm mất giấy báo dự thi, hỏi có được dự thi không.", officer, Duration.ofMinutes(5),
                "Thí sinh liên hệ điểm đăng ký dự thi (trường đang học) để được in lại giấy báo dự thi; khi làm thủ tục dự thi mang theo căn cước.",
                hotline);
        exam(unit, Channel.EMAIL, "2024-06-21T10:30", Topic.THI_CU, "Trần Thị Minh Châu", null,
                "Con tôi bị khiếm thị một phần, có giấy xác nhận của bệnh viện. Xin hỏi cháu có được bố trí phòng thi riêng hoặc đề thi cỡ chữ lớn "
                        + "không?", officer, Duration.ofDays(1),
                "Kính gửi chị, thí sinh khuyết tật được Hội đồng thi xem xét bố trí phòng thi và hỗ trợ phù hợp. Đề nghị chị nộp giấy xác nhận "
                        + "cho trường THPT nơi cháu học trước ngày 24/6 để Hội đồng thi sắp xếp.", "Hội đồng thi đã bố trí phòng thi riêng.");
        exam(unit, Channel.PHONE, "2024-06-26T07:50", Topic.THI_CU, "Thí sinh Nguyễn Thành Đạt", "0934 218 557",
                "Thí sinh hỏi hôm nay làm thủ tục dự thi mà quên căn cước ở nhà trọ thì phải làm sao.", officer, Duration.ofMinutes(3),
                "Thí sinh vẫn làm thủ tục dự thi và bổ sung căn cước trước buổi thi đầu tiên; nếu mất, báo ngay cho điểm thi để lập biên bản.",
                hotline);
        exam(unit, Channel.PHONE, "2024-06-27T06:55", Topic.THI_CU, "Phụ huynh thí sinh Hoàng Văn Phúc", "0912 087 336",
                "Phụ huynh báo xe hỏng trên đường, thí sinh có thể đến muộn buổi thi Ngữ văn tại điểm thi THPT Buôn Ma Thuột.", officer, Duration.ofMinutes(4),
                "Thí sinh đến muộn quá 15 phút sau khi tính giờ làm bài thì không được dự buổi thi. Đã báo điểm thi và đề nghị Công an hỗ trợ "
                        + "đưa thí sinh đến kịp.", "Thí sinh đến điểm thi lúc 7 giờ 20, kịp dự thi.");
        exam(unit, Channel.PHONE, "2024-06-27T10:05", Topic.THI_CU, "Người gọi không nêu tên", null,
                "Người gọi báo trên mạng xã hội đang lan truyền ảnh chụp được cho là đề thi Ngữ văn.", officer, Duration.ofMinutes(30),
                "Đã báo ngay Thường trực Ban Chỉ đạo thi cấp tỉnh. Kết quả kiểm tra: ảnh lan truyền là đề thi của năm trước, không phải đề thi "
                        + "năm 2024.", "Thông tin không chính xác; đã báo cáo Ban Chỉ đạo thi.");
        exam(unit, Channel.WEB_FORM, "2024-06-27T16:40", Topic.CO_SO_VAT_CHAT, "Phạm Văn Sang", "0976 304 218",
                "Phòng chờ của điểm thi THPT Lắk rất nóng, thiếu nước uống cho thí sinh trong giờ nghỉ giữa hai môn. Đề nghị Sở chỉ đạo khắc phục.",
                officer, Duration.ofHours(2),
                "Sở GDĐT đã đề nghị điểm thi bổ sung quạt và nước uống cho phòng chờ; Đoàn Thanh niên huyện Lắk hỗ trợ nước uống từ buổi thi sáng 28/6.",
                "Điểm thi đã bổ sung quạt và nước uống.");
        exam(unit, Channel.PHONE, "2024-06-27T20:15", Topic.THI_CU, "Thí sinh Lê Hoàng Nam", "0986 441 052",
                "Thí sinh hỏi ngày mai thi Toán được mang loại máy tính cầm tay nào.", officer, Duration.ofMinutes(3),
                "Được mang máy tính cầm tay không có chức năng soạn thảo văn bản, không có thẻ nhớ, theo danh mục của quy chế thi.", hotline);
        exam(unit, Channel.PHONE, "2024-06-28T11:30", Topic.THI_CU, "Phụ huynh thí sinh Ksor H'Nhi", "0944 519 802",
                "Phụ huynh báo thí sinh bị ốm phải đi cấp cứu, không dự được bài thi tổ hợp chiều nay; hỏi có được xét đặc cách tốt nghiệp không.",
                officer, Duration.ofMinutes(15),
                "Thí sinh có lý do bất khả kháng được xét đặc cách tốt nghiệp theo quy chế. Phụ huynh nộp hồ sơ bệnh án cho trường THPT nơi cháu "
                        + "học để trường đề nghị Hội đồng thi xét.", "Hồ sơ đặc cách đã được trường tiếp nhận.");
        exam(unit, Channel.PHONE, "2024-07-17T08:20", Topic.THI_CU, "Thí sinh Đàm Thị Yến", "0967 350 928",
                "Thí sinh hỏi tra cứu điểm thi ở đâu, vì trang tra cứu đang quá tải.", officer, Duration.ofMinutes(2),
                "Tra cứu trên Cổng thông tin điện tử của Sở GDĐT và trang tra cứu của Bộ GDĐT bằng số báo danh; thí sinh cũng xem được điểm tại "
                        + "trường nơi đăng ký dự thi.", hotline);
        exam(unit, Channel.PHONE, "2024-07-18T14:45", Topic.THI_CU, "Phụ huynh thí sinh Võ Quốc Huy", "0903 665 120",
                "Phụ huynh hỏi hạn nộp đơn phúc khảo bài thi Toán và lệ phí.", officer, Duration.ofMinutes(6),
                "Đơn phúc khảo nộp tại điểm đăng ký dự thi từ ngày 17/7 đến hết ngày 26/7/2024; lệ phí theo mức của Hội đồng nhân dân tỉnh.", hotline);
        exam(unit, Channel.EMAIL, "2024-07-19T09:00", Topic.THI_CU, "Nguyễn Thị Bảo Trâm", null,
                "Em cần giấy chứng nhận tốt nghiệp tạm thời để nộp hồ sơ nhập học sớm. Xin hỏi khi nào trường cấp và em nhận ở đâu ạ?", officer,
                Duration.ofHours(5),
                "Chào em, giấy chứng nhận tốt nghiệp tạm thời do hiệu trưởng trường THPT nơi em học cấp sau khi có quyết định công nhận tốt "
                        + "nghiệp, dự kiến từ ngày 22/7/2024. Em nhận trực tiếp tại văn phòng nhà trường.", "Đã hướng dẫn.");
        exam(unit, Channel.PHONE, "2024-07-30T16:10", Topic.THI_CU, "Thí sinh Trần Đức Mạnh", "0915 806 447",
                "Thí sinh hỏi kết quả phúc khảo bài thi Toán đã có chưa và xem ở đâu.", officer, Duration.ofMinutes(5),
                "Kết quả phúc khảo được công bố ngày 30/7/2024, xem tại trường nơi đăng ký dự thi; điểm thay đổi được cập nhật trên hệ thống xét "
                        + "tuyển của Bộ.", hotline);
    }

    private void exam(long unit, Channel channel, String vietnamTime, Topic topic, String name, String phone, String message, Handler officer,
                      Duration toAnswer, String answer, String result) {
        Instant at = LocalDateTime.parse(vietnamTime).atZone(VietnamTime.ZONE).toInstant();
        DemoCase c = channel == Channel.WEB_FORM
                ? web(unit, at, topic, name, phone, null, message).acknowledged(officer, Duration.ofMinutes(30)).assigned(officer, officer, Duration.ofMinutes(30))
                : logged(unit, channel, at, topic, name, channel == Channel.EMAIL ? null : phone,
                channel == Channel.EMAIL ? "thisinh" + (++sources) + "@daklak.example" : null, message, officer);
        c.answered(officer, toAnswer, answer).closed(officer, toAnswer.plusHours(1), result).save();
    }

    private long below(long parent, String shortName) {
        return units.findByParentIdOrderByName(parent).stream().filter(u -> shortName.equals(u.shortName())).map(Unit::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo unit " + shortName));
    }

    private Instant hoursAgo(int hours) {
        return now.minus(Duration.ofHours(hours));
    }

    /** A time of day some days back; calls and visits come in on working days only, so a weekend moves them to the Friday before. */
    private Instant daysAgo(int days, int hour, int minute) {
        LocalDate day = VietnamTime.today(clock).minusDays(days);
        return day.atTime(LocalTime.of(hour, minute)).atZone(VietnamTime.ZONE).toInstant();
    }

    private DemoCase web(long unit, Instant at, Topic topic, String name, String phone, String email, String message) {
        return new DemoCase(unit, Channel.WEB_FORM, topic, at, name, phone, email, message, null);
    }

    private DemoCase logged(long unit, Channel channel, Instant at, Topic topic, String name, String phone, String email, String message,
                            Handler by) {
        LocalDate day = LocalDate.ofInstant(at, VietnamTime.ZONE);
        if (channel != Channel.EMAIL && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            at = at.minus(Duration.ofDays(day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 2));
        }
        return new DemoCase(unit, channel, topic, at, name, phone, email, message, by);
    }

    /** One case as it went: each step a time after the receipt, never later than now. */
    private final class DemoCase {

        private final long unit;
        private final Channel channel;
        private final Topic topic;
        private final Instant received;
        private final String name;
        private final String phone;
        private final String email;
        private final String message;
        private final Handler loggedBy;
        private Long concerned;
        private Long assignee;
        private Instant acknowledgedAt;
        private Instant answeredAt;
        private Instant closedAt;
        private String answerText;
        private String result;
        private boolean spam;
        private final List<Object[]> steps = new ArrayList<>();

        DemoCase(long unit, Channel channel, Topic topic, Instant received, String name, String phone, String email, String message,
                 Handler loggedBy) {
            this.unit = unit;
            this.channel = channel;
            this.topic = topic;
            this.received = received;
            this.name = name;
            this.phone = phone;
            this.email = email;
            this.message = message;
            this.loggedBy = loggedBy;
            if (loggedBy == null) {
                steps.add(new Object[] {StepKind.RECEIVED, received, null, null});
            } else {
                // The officer writes the call down a few minutes after hanging up; a mail is logged when it is read.
                acknowledgedAt = step(StepKind.LOGGED, Duration.ofMinutes(channel == Channel.EMAIL ? 40 : 4), loggedBy, null);
            }
        }

        DemoCase concerned(long unitId) {
            concerned = unitId;
            return this;
        }

        DemoCase acknowledged(Handler by, Duration after) {
            acknowledgedAt = step(StepKind.ACKNOWLEDGED, after, by, null);
            return this;
        }

        DemoCase assigned(Handler by, Handler to, Duration after) {
            Instant at = step(StepKind.ASSIGNED, after, by, to.name());
            acknowledgedAt = acknowledgedAt == null ? at : acknowledgedAt;
            assignee = to.id();
            return this;
        }

        DemoCase answered(Handler by, Duration after, String text) {
            answeredAt = step(StepKind.ANSWERED, after, by, text);
            acknowledgedAt = acknowledgedAt == null ? answeredAt : acknowledgedAt;
            answerText = text;
            return this;
        }

        DemoCase closed(Handler by, Duration after, String text) {
            closedAt = step(StepKind.CLOSED, after, by, text);
            result = text;
            return this;
        }

        DemoCase spam(Handler by, Duration after) {
            closedAt = step(StepKind.SPAM, after, by, null);
            spam = true;
            return this;
        }

        /** A step at receipt + after, kept after the previous step and before now. */
        private Instant step(StepKind kind, Duration after, Handler by, String detail) {
            Instant at = received.plus(after);
            Instant previous = steps.isEmpty() ? null : (Instant) steps.get(steps.size() - 1)[1];
            if (at.isAfter(now)) {
                at = now.minusSeconds(60);
            }
            if (previous != null && at.isBefore(previous)) {
                at = previous.plusSeconds(60);
            }
            steps.add(new Object[] {kind, at, by, detail});
            return at;
        }

        private CaseStatus status() {
            if (closedAt != null) {
                return CaseStatus.DA_DONG;
            }
            if (answeredAt != null) {
                return CaseStatus.DA_TRA_LOI;
            }
            if (assignee != null) {
                return CaseStatus.DANG_XU_LY;
            }
            return acknowledgedAt != null ? CaseStatus.DA_TIEP_NHAN : CaseStatus.MOI;
        }

        void save() {
            String code = CaseCodes.next(received);
            while (!codes.add(unit + ":" + code)) {
                code = CaseCodes.next(received);
            }
            boolean web = channel == Channel.WEB_FORM;
            Instant created = web ? received : (Instant) steps.get(0)[1];
            Instant updated = (Instant) steps.get(steps.size() - 1)[1];
            String caseCode = code;
            jdbc.prepareStatement("INSERT INTO desk_case (unit_id, code, follow_token_hash, channel, topic, concerned_unit_id, message, "
                    + "message_hash, search_text, citizen_name, citizen_phone, citizen_email, consent_at, source_hash, status, spam, assignee_id, "
                    + "received_at, acknowledged_at, answered_at, closed_at, answer_text, result, created_at, updated_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", ps -> {
                ps.setLong(1, unit);
                ps.setString(2, caseCode);
                // The citizen's private link is never shown again, as for a real case: only its hash is kept.
                ps.setString(3, web ? SecretTokens.sha256(SecretTokens.newToken()) : null);
                ps.setString(4, channel.name());
                ps.setString(5, topic.name());
                setLong(ps, 6, concerned);
                ps.setString(7, message);
                ps.setString(8, Intake.messageHash(message));
                ps.setString(9, Intake.searchText(caseCode, name, phone, email, message));
                ps.setString(10, name);
                ps.setString(11, phone);
                ps.setString(12, email);
                setTime(ps, 13, web ? received : null);
                ps.setString(14, web ? SecretTokens.sha256("desk-source:113.190." + (++sources % 250) + "." + (sources * 7 % 250)) : null);
                ps.setString(15, spam ? CaseStatus.DA_DONG.name() : status().name());
                ps.setBoolean(16, spam);
                setLong(ps, 17, assignee);
                setTime(ps, 18, received);
                setTime(ps, 19, acknowledgedAt);
                setTime(ps, 20, answeredAt);
                setTime(ps, 21, closedAt);
                ps.setString(22, answerText);
                ps.setString(23, result);
                setTime(ps, 24, created);
                setTime(ps, 25, updated);
                return ps.executeUpdate();
            });
            long caseId = jdbc.prepareStatement("SELECT id FROM desk_case WHERE unit_id = ? AND code = ?", ps -> {
                ps.setLong(1, unit);
                ps.setString(2, caseCode);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            for (Object[] s : steps) {
                StepKind kind = (StepKind) s[0];
                Handler by = (Handler) s[2];
                jdbc.prepareStatement("INSERT INTO desk_case_step (unit_id, case_id, kind, at, actor_id, actor_name, detail, public_step) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, unit);
                    ps.setLong(2, caseId);
                    ps.setString(3, kind.name());
                    setTime(ps, 4, (Instant) s[1]);
                    setLong(ps, 5, by == null ? null : by.id());
                    ps.setString(6, by == null ? null : by.name());
                    ps.setString(7, (String) s[3]);
                    ps.setBoolean(8, kind.shownToCitizen());
                    return ps.executeUpdate();
                });
            }
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void setTime(PreparedStatement ps, int index, Instant value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(value));
        }
    }
}
