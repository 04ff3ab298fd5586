package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.demo.DemoCases.Handler;
import vn.lantoa.desk.CaseDeadlines;
import vn.lantoa.desk.Channel;
import vn.lantoa.desk.Topic;
import vn.lantoa.desk.tree.Forwarding;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The listening desk of the demo (issue 12, item 11): THCS Tân Mai and Phòng GDĐT Hoàng Mai with four months of cases
 * from parents, up to today, in every status and channel, two of them overdue, the school's hotline officer handling
 * most, and one case the Phòng forwarded down to the school; and Sở GDĐT Đắk Lắk's hotline of the 2024 exam
 * ({@link DemoExamHotline}).
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoDesk {

    private final DemoCases cases;
    private final DemoExamHotline examHotline;
    private final UnitRepository units;
    private final UnitRefRepository unitRefs;
    private final Forwarding forwarding;
    private final CaseDeadlines deadlines;

    DemoDesk(DemoCases cases, DemoExamHotline examHotline, UnitRepository units, UnitRefRepository unitRefs, Forwarding forwarding,
             CaseDeadlines deadlines) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.examHotline = examHotline;
        this.units = units;
        this.unitRefs = unitRefs;
        this.forwarding = forwarding;
    }

    /**
     * @param officer Tân Mai's hotline officer; {@code principal} and {@code deputy} of the same school
     * @param district the Phòng's desk officer, who forwards as {@code districtActor}; {@code dakLak} the Sở's officer on the exam hotline
     */
    void seed(long tanMai, long hoangMai, long soDakLak, Handler officer, Handler principal, Handler deputy, Handler district, Actor districtActor,
              Handler dakLak) {
        cases.start();
        tanMai(tanMai, officer, principal, deputy);
        hoangMai(hoangMai, district);
        forwardedToTanMai(hoangMai, tanMai, district, districtActor, officer, principal);
        examHotline.seed(soDakLak, dakLak);
        // The cases above are written as rows; their deadlines are reckoned as the intake would have.
        deadlines.refreshAll$WithoutTenancy();
    }

    /**
     * A parent writes to the Phòng about a fee at THCS Tân Mai; the next working morning the Phòng forwards it to the
     * school through the desk's own forwarding rules (the case moves with its history, the Phòng keeps an "Đã chuyển đi"
     * trace), and the school takes it in hand and answers the parent.
     */
    private void forwardedToTanMai(long hoangMai, long tanMai, Handler district, Actor districtActor, Handler officer, Handler principal) {
        Instant received = cases.daysAgo(9, 21, 10);
        Instant forwardedAt = nextWorkingMorning(received, LocalTime.of(9, 5));
        long caseId = cases.web(hoangMai, received, Topic.HOC_PHI, "Trịnh Minh Châu", "0934 276 815", "chau.trinhminh@gmail.com",
                        "Tôi là phụ huynh lớp 8A5 Trường THCS Tân Mai. Giáo viên chủ nhiệm thông báo cả lớp đăng ký học tiếng Anh với giáo viên "
                                + "nước ngoài, thu 300.000 đồng mỗi tháng, học ngay trong buổi học chính khóa. Xin hỏi khoản này có bắt buộc không? "
                                + "Gia đình tôi chưa muốn đăng ký nhưng ngại cháu phải ngồi riêng.")
                .concerned(tanMai).acknowledged(district, Duration.between(received, forwardedAt).minusMinutes(25))
                .save();
        String reason = "Nội dung thuộc thẩm quyền của nhà trường. Đề nghị Trường THCS Tân Mai xác minh, trả lời trực tiếp phụ huynh và báo cáo "
                + "kết quả về Phòng GDĐT trong 5 ngày làm việc.";
        forwarding.forward(districtActor, unitRefs.findById(hoangMai).orElseThrow(), caseId, unitRefs.findById(tanMai).orElseThrow(), reason);
        cases.backdateForwarding(caseId, tanMai, forwardedAt);
        cases.continued(tanMai, caseId, forwardedAt)
                .acknowledged(officer, Duration.ofMinutes(50))
                .assigned(officer, principal, Duration.ofMinutes(55))
                .answered(principal, Duration.ofDays(2).plusHours(6), "Kính gửi anh Châu, chương trình tiếng Anh với giáo viên nước ngoài là "
                        + "tự nguyện, phụ huynh đăng ký theo phiếu có chữ ký; học sinh không đăng ký được học tiết tiếng Anh tăng cường với giáo "
                        + "viên của trường trong cùng thời gian, không phải ngồi riêng. Nhà trường đã nhắc nhở giáo viên chủ nhiệm lớp 8A5 và sẽ "
                        + "gửi lại phiếu đăng ký cho phụ huynh. Mọi vướng mắc xin liên hệ văn phòng nhà trường, số 024 3662 5140.")
                .save();
    }

    /** The first working day after the instant, at that time of day (the desk is staffed on weekdays). */
    private static Instant nextWorkingMorning(Instant after, LocalTime at) {
        LocalDate day = LocalDate.ofInstant(after, VietnamTime.ZONE).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(at).atZone(VietnamTime.ZONE).toInstant();
    }

    private void tanMai(long unit, Handler officer, Handler principal, Handler deputy) {
        // New, not yet taken in hand: both still within their day to be acknowledged.
        cases.web(unit, cases.hoursAgo(3), Topic.TUYEN_SINH, "Trần Thị Thu", "0904 215 368", "thu.tran.ph@gmail.com",
                "Con tôi đang học lớp 5 Trường Tiểu học Đại Kim, hộ khẩu ở phường Tân Mai. Xin hỏi năm học tới trường tuyển sinh lớp 6 "
                        + "theo tuyến như thế nào, hồ sơ gồm những gì và đăng ký trực tuyến từ ngày nào ạ?").save();
        cases.web(unit, cases.hoursAgo(20), Topic.AN_TOAN, null, null, null,
                "Giờ tan học buổi chiều, phụ huynh dừng xe máy tràn ra lòng đường ngõ 6 Tân Mai, ô tô đi qua rất nguy hiểm cho các cháu. "
                        + "Đề nghị nhà trường phối hợp với Công an phường bố trí người phân luồng trước cổng trường.").save();
        // Overdue: sent more than two weeks ago and never acknowledged.
        cases.web(unit, cases.daysAgo(16, 21, 40), Topic.HOC_PHI, null, null, null,
                "Đầu năm lớp 7A3 thu quỹ lớp 500.000 đồng mỗi học sinh, trong đó có tiền mua máy chiếu cho lớp. Xin hỏi khoản mua máy chiếu "
                        + "có đúng quy định không, nhà trường có biết việc này không? Tôi không muốn nêu tên vì sợ ảnh hưởng đến con.").save();
        cases.web(unit, cases.hoursAgo(26), Topic.CHE_DO, "Phạm Quang Vinh", "0912 608 447", null,
                "Con tôi bị khuyết tật vận động nhẹ, sắp vào lớp 6. Gia đình muốn biết cháu có được miễn giảm học phí, hỗ trợ chi phí học tập "
                        + "và được bố trí lớp học ở tầng 1 không?")
                .acknowledged(officer, Duration.ofHours(2)).save();
        cases.logged(unit, Channel.PHONE, cases.daysAgo(2, 10, 15), Topic.AN_TOAN, "Chị Nguyễn Thị Lan, phụ huynh lớp 6A2", "0987 332 190", null,
                "Phụ huynh gọi điện phản ánh suất ăn bán trú trưa thứ Ba có món cá kho bị tanh, nhiều cháu bỏ dở. Đề nghị nhà trường kiểm tra "
                        + "đơn vị cung cấp suất ăn và cho phụ huynh xem hồ sơ kiểm thực ba bước.", officer).save();
        cases.web(unit, cases.daysAgo(4, 7, 50), Topic.CO_SO_VAT_CHAT, "Lê Thị Hạnh", null, "hanhle.1984@gmail.com",
                "Nhà vệ sinh học sinh nữ tầng 2 dãy nhà B hỏng vòi nước và khóa cửa đã hơn một tuần, các cháu phải chạy sang dãy A trong giờ "
                        + "ra chơi. Mong nhà trường sửa sớm.")
                .acknowledged(officer, Duration.ofHours(1)).assigned(officer, deputy, Duration.ofHours(2)).save();
        // Overdue: in hand for five weeks without an answer.
        cases.logged(unit, Channel.EMAIL, cases.daysAgo(35, 9, 5), Topic.CAN_BO, "Đỗ Minh Khôi", null, "khoi.dominh@yahoo.com",
                "Tôi là phụ huynh lớp 8A1. Cô giáo chủ nhiệm nhiều lần nhắn trong nhóm Zalo của lớp đề nghị phụ huynh đăng ký cho con học thêm "
                        + "tại nhà cô vào tối thứ Ba và thứ Năm. Xin hỏi việc này có đúng quy định về dạy thêm, học thêm không?", officer)
                .assigned(officer, principal, Duration.ofHours(1)).save();
        cases.web(unit, cases.daysAgo(6, 20, 30), Topic.TUYEN_SINH, "Vũ Thanh Tùng", "0936 117 845", "tungvt.hm@gmail.com",
                "Nhà tôi mới chuyển đến phường Tân Mai, đã đăng ký tạm trú. Xin hỏi con tôi có được đăng ký tuyển sinh lớp 6 vào trường theo "
                        + "tuyến không, hay phải có hộ khẩu thường trú?")
                .acknowledged(officer, Duration.ofHours(13)).assigned(officer, officer, Duration.ofHours(13))
                .answered(officer, Duration.ofDays(2), "Kính gửi anh Tùng, theo hướng dẫn tuyển sinh của Sở GDĐT Hà Nội, học sinh có nơi cư trú "
                        + "(thường trú hoặc tạm trú) trên địa bàn tuyển sinh được đăng ký vào trường theo tuyến. Anh đăng ký trực tuyến trên hệ thống "
                        + "tuyển sinh của Thành phố, kèm xác nhận thông tin cư trú. Mọi vướng mắc xin liên hệ văn phòng nhà trường, số 024 3662 5140.")
                .save();
        cases.logged(unit, Channel.PHONE, cases.daysAgo(9, 14, 20), Topic.HOC_PHI, "Anh Hoàng Văn Bình, phụ huynh lớp 9A4", "0915 240 673", null,
                "Phụ huynh hỏi các khoản thu đầu năm: tiền học kỹ năng sống, tiền nước uống, bảo hiểm y tế, quỹ hội cha mẹ học sinh; khoản nào "
                        + "bắt buộc, khoản nào tự nguyện.", officer)
                .answered(officer, Duration.ofMinutes(20), "Đã trả lời qua điện thoại: bảo hiểm y tế học sinh là bắt buộc theo Luật Bảo hiểm y tế; "
                        + "tiền nước uống thu theo thỏa thuận, có biên lai; học kỹ năng sống và quỹ hội cha mẹ học sinh là tự nguyện. Danh mục các "
                        + "khoản thu đã niêm yết tại bảng tin và trên trang thông tin của trường.")
                .save();
        cases.web(unit, cases.daysAgo(11, 2, 14), Topic.KHAC, "Dịch vụ bằng cấp", "0868 000 111", null,
                "Nhận làm bằng tốt nghiệp, chứng chỉ tiếng Anh, tin học các loại, giá rẻ, không cần thi, giao tận nơi. Liên hệ Zalo 0868 000 111.")
                .spam(officer, Duration.ofHours(7)).save();
        cases.logged(unit, Channel.IN_PERSON, cases.daysAgo(13, 16, 30), Topic.KHAC, "Bà Trịnh Thị Mến, bà ngoại học sinh lớp 6A5", null, null,
                "Phụ huynh đến văn phòng hỏi việc mua đồng phục: có bắt buộc mua tại trường không, và con đã có áo trắng cũ thì có được mặc "
                        + "tiếp không.", officer)
                .answered(officer, Duration.ofDays(1), "Nhà trường không bắt buộc mua đồng phục tại trường; phụ huynh có thể tự may theo mẫu đã "
                        + "thông báo. Áo trắng cũ còn phù hợp thì học sinh mặc tiếp bình thường.")
                .save();
        cases.web(unit, cases.daysAgo(20, 17, 45), Topic.AN_TOAN, "Nguyễn Văn Hải", "0983 515 206", "haing.tanmai@gmail.com",
                "Buổi sáng từ 6 giờ 45 đến 7 giờ 10, đoạn đường trước cổng trường ùn tắc kéo dài, xe tải chở vật liệu vẫn đi qua. Đề nghị nhà "
                        + "trường kiến nghị phường cấm xe tải giờ cao điểm và kẻ vạch đi bộ.")
                .acknowledged(officer, Duration.ofHours(15)).assigned(officer, deputy, Duration.ofHours(16))
                .answered(deputy, Duration.ofDays(5), "Kính gửi anh Hải, nhà trường đã làm việc với Công an phường Tân Mai. Từ ngày thứ Hai tuần "
                        + "tới, Công an phường bố trí lực lượng phân luồng trước cổng trường giờ đến và tan học; đội thanh niên tình nguyện của "
                        + "phường hỗ trợ đưa học sinh qua đường. Kiến nghị cấm xe tải giờ cao điểm đã được chuyển đến UBND phường.")
                .closed(officer, Duration.ofDays(8), "Đã phối hợp Công an phường bố trí phân luồng giờ cao điểm; phụ huynh xác nhận tình hình đã cải thiện.")
                .save();
        cases.logged(unit, Channel.IN_PERSON, cases.daysAgo(28, 8, 30), Topic.HOC_PHI, "Chị Đào Thị Huyền, phụ huynh lớp 7A1", null, null,
                "Phụ huynh đến trường hỏi con đã có thẻ bảo hiểm y tế hộ gia đình thì có phải đóng bảo hiểm y tế học sinh nữa không.", officer)
                .answered(officer, Duration.ofMinutes(30), "Học sinh đã có thẻ bảo hiểm y tế còn hạn theo hộ gia đình thì không phải mua thêm; phụ "
                        + "huynh nộp bản chụp thẻ cho giáo viên chủ nhiệm để nhà trường đối chiếu.")
                .closed(officer, Duration.ofDays(2), "Phụ huynh đã nộp bản chụp thẻ; không phát sinh khoản thu.")
                .save();
        cases.logged(unit, Channel.EMAIL, cases.daysAgo(45, 10, 0), Topic.CHE_DO, "Lò Thị Dung", null, "lothidung.hn@gmail.com",
                "Gia đình tôi thuộc hộ cận nghèo của quận. Xin hỏi thủ tục đề nghị miễn, giảm học phí cho con đang học lớp 8 và thời hạn nộp hồ sơ.",
                officer)
                .assigned(officer, officer, Duration.ofMinutes(10))
                .answered(officer, Duration.ofDays(2), "Kính gửi chị Dung, học sinh thuộc hộ cận nghèo được giảm 50% học phí theo Nghị định "
                        + "81/2021/NĐ-CP. Hồ sơ gồm đơn đề nghị (theo mẫu) và bản sao giấy chứng nhận hộ cận nghèo; chị nộp cho giáo viên chủ nhiệm "
                        + "trong vòng 45 ngày kể từ ngày khai giảng.")
                .closed(officer, Duration.ofDays(12), "Hồ sơ đã nộp đủ; học sinh được giảm 50% học phí từ học kỳ I.")
                .save();
        cases.logged(unit, Channel.PHONE, cases.daysAgo(60, 15, 10), Topic.KHAC, "Anh Phan Đức Thắng, phụ huynh lớp 6A3", "0977 402 518", null,
                "Phụ huynh hỏi đăng ký bán trú giữa học kỳ được không, tiền ăn tính theo ngày hay theo tháng, nghỉ ốm có được trả lại tiền ăn không.",
                officer)
                .answered(officer, Duration.ofMinutes(15), "Nhận đăng ký bán trú từ đầu mỗi tháng; tiền ăn tính theo ngày thực ăn, ngày nghỉ có báo "
                        + "trước 8 giờ sáng được trừ vào tháng sau.")
                .closed(officer, Duration.ofDays(1), "Đã hướng dẫn; phụ huynh đăng ký bán trú từ đầu tháng sau.")
                .save();
        cases.web(unit, cases.daysAgo(75, 21, 5), Topic.CO_SO_VAT_CHAT, "Ngô Thị Phương", null, "phuong.ngo.hm@gmail.com",
                "Lớp 6A4 có hai quạt trần kêu to và rung mạnh, các cháu sợ ngồi bên dưới. Đề nghị nhà trường kiểm tra, thay thế để đảm bảo an toàn.")
                .acknowledged(officer, Duration.ofHours(12)).assigned(officer, deputy, Duration.ofHours(12))
                .answered(deputy, Duration.ofDays(3), "Nhà trường đã cho kiểm tra toàn bộ quạt trần của dãy nhà A; hai quạt của lớp 6A4 đã được "
                        + "thay mới ngày thứ Bảy vừa qua. Cảm ơn chị đã phản ánh kịp thời.")
                .closed(deputy, Duration.ofDays(4), "Đã thay hai quạt trần lớp 6A4 và kiểm tra quạt các lớp khác.")
                .save();
        cases.web(unit, cases.daysAgo(95, 9, 40), Topic.TUYEN_SINH, "Đinh Văn Toàn", "0949 661 230", null,
                "Gia đình chuyển công tác từ Thái Nguyên về Hà Nội, con đang học lớp 7. Xin hỏi thủ tục xin chuyển trường vào THCS Tân Mai giữa "
                        + "năm học và trường còn chỉ tiêu không?")
                .acknowledged(officer, Duration.ofHours(2)).assigned(officer, principal, Duration.ofHours(3))
                .answered(principal, Duration.ofDays(2), "Kính gửi anh Toàn, hồ sơ chuyển trường gồm đơn đề nghị, học bạ, giấy giới thiệu chuyển "
                        + "trường của trường cũ và xác nhận cư trú. Khối 7 của trường còn chỉ tiêu; anh liên hệ văn phòng trong giờ hành chính để "
                        + "được hướng dẫn trực tiếp.")
                .closed(officer, Duration.ofDays(9), "Học sinh đã nhập học lớp 7A2.")
                .save();
        cases.logged(unit, Channel.PHONE, cases.daysAgo(110, 11, 0), Topic.THI_CU, "Chị Mai Thị Ngọc, phụ huynh lớp 9A2", "0903 778 954", null,
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
        cases.web(unit, cases.hoursAgo(5), Topic.TUYEN_SINH, "Bùi Thị Hoa", "0962 330 417", "hoabui.dk@gmail.com",
                "Nhà tôi ở khu tái định cư Đại Kim nhưng năm nay không thấy tên khu này trong tuyến tuyển sinh lớp 1 của Trường Tiểu học Đại Kim. "
                        + "Đề nghị Phòng kiểm tra lại việc phân tuyến.").concerned(daiKim).save();
        cases.logged(unit, Channel.PHONE, cases.daysAgo(1, 9, 30), Topic.HOC_PHI, "Chị Tạ Thu Trang, phụ huynh Trường Mầm non Hoa Mai", "0918 553 026", null,
                "Phụ huynh phản ánh đầu năm trường thu tiền trang thiết bị, đồ dùng bán trú 1.200.000 đồng mỗi cháu mà chưa họp phụ huynh thống nhất.",
                officer).concerned(hoaMai).save();
        cases.web(unit, cases.daysAgo(3, 18, 10), Topic.AN_TOAN, "Lưu Văn Đạt", null, "datluu.linhdam@gmail.com",
                "Cổng sau Trường THCS Hoàng Liệt giáp hồ Linh Đàm không có lan can, chiều tối học sinh tụ tập ra sát mép hồ. Đề nghị Phòng chỉ đạo "
                        + "nhà trường và phường rào chắn.")
                .concerned(hoangLiet).acknowledged(officer, Duration.ofHours(15)).assigned(officer, officer, Duration.ofHours(15)).save();
        cases.logged(unit, Channel.EMAIL, cases.daysAgo(8, 8, 20), Topic.TUYEN_SINH, "Trương Minh Đức", null, "ductm.hoangmai@gmail.com",
                "Xin hỏi kế hoạch tuyển sinh lớp 6 năm học tới của quận Hoàng Mai: các trường THCS tuyển theo tuyến hay theo phường, và lịch đăng "
                        + "ký trực tuyến.", officer)
                .answered(officer, Duration.ofDays(3), "Kính gửi anh Đức, Phòng GDĐT sẽ công bố kế hoạch tuyển sinh và danh sách tuyến của từng "
                        + "trường trên trang thông tin của Phòng sau khi UBND quận phê duyệt; đăng ký trực tuyến theo lịch chung của Thành phố.")
                .save();
        cases.web(unit, cases.daysAgo(40, 20, 0), Topic.HOC_PHI, "Kiều Thị Nga", "0935 882 104", null,
                "Lớp 3A Trường Tiểu học Lĩnh Nam vận động mỗi phụ huynh góp 400.000 đồng để lắp điều hòa. Gia đình tôi khó khăn, xin hỏi khoản này "
                        + "có bắt buộc không.")
                .concerned(linhNam).acknowledged(officer, Duration.ofHours(13)).assigned(officer, officer, Duration.ofHours(14))
                .answered(officer, Duration.ofDays(4), "Kính gửi chị Nga, theo quy định, ban đại diện cha mẹ học sinh không được vận động các khoản "
                        + "mua sắm trang thiết bị cho lớp. Phòng GDĐT đã yêu cầu nhà trường dừng thu và trả lại số tiền đã thu.")
                .closed(officer, Duration.ofDays(10), "Nhà trường đã dừng thu và hoàn trả tiền cho phụ huynh lớp 3A.")
                .save();
        cases.web(unit, cases.daysAgo(55, 13, 25), Topic.CO_SO_VAT_CHAT, "Cao Thị Liên", null, "caolien.tm@gmail.com",
                "Sân trường THCS Tân Mai có nhiều chỗ lún, nứt, mưa xuống đọng nước, học sinh trượt ngã. Đề nghị Phòng bố trí kinh phí sửa chữa.")
                .concerned(tanMai).acknowledged(officer, Duration.ofHours(3)).assigned(officer, officer, Duration.ofHours(3))
                .answered(officer, Duration.ofDays(6), "Phòng GDĐT đã đưa hạng mục cải tạo sân trường THCS Tân Mai vào kế hoạch sửa chữa dịp hè; "
                        + "trước mắt nhà trường khoanh vùng các chỗ lún để bảo đảm an toàn cho học sinh.")
                .closed(officer, Duration.ofDays(7), "Đã đưa vào kế hoạch sửa chữa hè; khoanh vùng tạm thời.")
                .save();
        cases.logged(unit, Channel.IN_PERSON, cases.daysAgo(70, 14, 0), Topic.CAN_BO, "Ông Nguyễn Hữu Lộc, phụ huynh Trường Tiểu học Đại Kim", null, null,
                "Phụ huynh đến Phòng phản ánh một giáo viên lớp 2 có lời lẽ nặng nề với học sinh trong giờ học.", officer)
                .concerned(daiKim).assigned(officer, officer, Duration.ofMinutes(15))
                .answered(officer, Duration.ofDays(7), "Phòng GDĐT đã chỉ đạo nhà trường xác minh. Nhà trường đã họp, nhắc nhở giáo viên và tổ chức "
                        + "gặp gỡ phụ huynh; giáo viên đã nhận khuyết điểm.")
                .closed(officer, Duration.ofDays(9), "Đã xác minh, nhắc nhở giáo viên; phụ huynh đồng ý với kết quả.")
                .save();
        cases.logged(unit, Channel.PHONE, cases.daysAgo(100, 10, 45), Topic.KHAC, "Chị Hà Thị Quyên, phụ huynh Trường THCS Tân Mai", "0983 604 772", null,
                "Phụ huynh hỏi vì sao trường THCS Tân Mai dừng bán trú hai tuần và khi nào tổ chức lại.", officer)
                .concerned(tanMai)
                .answered(officer, Duration.ofHours(2), "Nhà trường tạm dừng bán trú để thay đơn vị cung cấp suất ăn sau đợt kiểm tra an toàn thực "
                        + "phẩm; bán trú được tổ chức lại từ thứ Hai tuần sau.")
                .closed(officer, Duration.ofDays(1), "Đã trả lời qua điện thoại.")
                .save();
    }

    private long below(long parent, String shortName) {
        return units.findByParentIdOrderByName(parent).stream().filter(u -> shortName.equals(u.shortName())).map(Unit::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo unit " + shortName));
    }
}
