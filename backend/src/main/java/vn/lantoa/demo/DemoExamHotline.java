package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.demo.DemoCases.Handler;
import vn.lantoa.desk.Channel;
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.time.VietnamTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Sở GDĐT Đắk Lắk's hotline during the 2024 high-school exam, as seed 000 asks ("thiết lập địa chỉ đường dây nóng tiếp
 * nhận và xử lý thông tin về Kỳ thi"): calls and mails from candidates and parents in June and July 2024, mostly about
 * the exam itself, every one answered the same day and closed.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoExamHotline {

    private final DemoCases cases;

    DemoExamHotline(DemoCases cases) {
        this.cases = cases;
    }

    /** Seed 000's hotline during the 2024 exam (documents on 26 June, papers on 27 and 28 June, results on 17 July). */
    void seed(long unit, Handler officer) {
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
        DemoCases.Case c = channel == Channel.WEB_FORM
                ? cases.web(unit, at, topic, name, phone, null, message).acknowledged(officer, Duration.ofMinutes(30)).assigned(officer, officer, Duration.ofMinutes(30))
                : cases.logged(unit, channel, at, topic, name, channel == Channel.EMAIL ? null : phone,
                channel == Channel.EMAIL ? "thisinh" + cases.nextSource() + "@daklak.example" : null, message, officer);
        c.answered(officer, toAnswer, answer).closed(officer, toAnswer.plusHours(1), result).save();
    }
}
