package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.DocumentType;
import vn.lantoa.newsroom.SiteSettings;
import vn.lantoa.newsroom.SiteSettingsRepository;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.LocalDate;

import static vn.lantoa.demo.DemoNewsroom.at;
import static vn.lantoa.demo.DemoNewsroom.draft;
import static vn.lantoa.demo.DemoNewsroom.page;
import static vn.lantoa.demo.DemoNewsroom.story;

/**
 * The sites of Sở GDĐT Đồng Nai and Trường THPT Lắk, written from their own seeds: the Sở's letter 1564/SGDĐT-VP of
 * 15/4/2021 on communication work and the fanpage "Thông tin Giáo dục Đồng Nai" (seed 003), and the school's 2024
 * communication plan after the ministry's plan 141 and the Sở's plan 19 (seed 001). Each item carries its seed's date.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoSeedSites {

    private final DemoNewsroom newsroom;
    private final SiteSettingsRepository settings;
    private final UnitRefRepository refs;

    DemoSeedSites(DemoNewsroom newsroom, SiteSettingsRepository settings, UnitRefRepository refs) {
        this.newsroom = newsroom;
        this.settings = settings;
        this.refs = refs;
    }

    void seed(Actor system, long dongNaiId, long thptLakId) {
        seedDongNai(system, refs.findById(dongNaiId).orElseThrow());
        seedThptLak(system, refs.findById(thptLakId).orElseThrow());
    }

    private void seedDongNai(Actor system, UnitRef unit) {
        settings.save(new SiteSettings(unit.id(), "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Đồng Nai",
                "The Department of Education and Training of Dong Nai province manages education in the province. News and press "
                        + "releases are published here and on the fanpage \"Thông tin Giáo dục Đồng Nai\".", true, null, null, system.userId(), null));
        Category news = newsroom.category(unit, "Tin giáo dục", "tin-giao-duc", 1);
        Category models = newsroom.category(unit, "Nhân tố điển hình", "nhan-to-dien-hinh", 2);
        newsroom.link(unit, "Bộ Giáo dục và Đào tạo", "https://moet.gov.vn", 1);
        newsroom.publishOn(system, unit, draft(ArticleKind.NEWS, story("Đẩy mạnh truyền thông về công tác giáo dục và đào tạo trong các đơn vị", 0, true,
                "truyền thông", "Sở GD&ĐT yêu cầu các đơn vị chia sẻ thông tin chính thống, gửi thông cáo báo chí và đưa công tác truyền thông vào báo cáo định kỳ.",
                "Ngày 15/4/2021, Sở GD&ĐT Đồng Nai ban hành Công văn số 1564/SGDĐT-VP yêu cầu các phòng thuộc Sở, các phòng GD&ĐT huyện, thành phố, các trường THPT và đơn vị trực thuộc tiếp tục thực hiện nhiệm vụ truyền thông công tác giáo dục và đào tạo.",
                "## Nội dung truyền thông",
                "Các đơn vị cung cấp đầy đủ, chính xác, kịp thời về công tác chỉ đạo của ngành, nhất là kỳ thi tuyển sinh lớp 10, thi tốt nghiệp THPT, lựa chọn sách giáo khoa, thi học sinh giỏi, thi giáo viên dạy giỏi và tuyển dụng viên chức; giới thiệu, lan tỏa những nhân tố điển hình, giải pháp sáng tạo.",
                "## Báo cáo",
                "Công tác truyền thông của đơn vị được tổng hợp trong báo cáo tháng, quý, năm gửi Văn phòng Sở."), news.id()), at(2021, 4, 15, 15, 0));
        newsroom.publishOn(system, unit, draft(ArticleKind.NEWS, story("Kết nối fanpage của các đơn vị với trang “Thông tin Giáo dục Đồng Nai”", 0, false, "fanpage",
                "Các phòng GD&ĐT, trường THPT và đơn vị trực thuộc lập fanpage và kết nối thường xuyên với trang của ngành.",
                "Các Phòng GD&ĐT huyện, thành phố, các trường THPT và đơn vị trực thuộc lập trang fanpage, hoạt động dưới sự quản lý của lãnh đạo đơn vị và kết nối thường xuyên với trang Fanpage Thông tin Giáo dục Đồng Nai; có thể dùng điện thoại thông minh quét mã QR của trang để tìm, theo dõi và chia sẻ.",
                "Đến nay đã có 02 Phòng GD&ĐT lập fanpage là Phòng GD&ĐT Trảng Bom và Định Quán; các trường THPT và đơn vị trực thuộc cơ bản đã lập fanpage nhưng việc đăng tải, kết nối và chia sẻ thông tin còn hạn chế."),
                news.id()), at(2021, 4, 16, 9, 0));
        newsroom.publishOn(system, unit, draft(ArticleKind.NEWS, story("Gửi tin bài về nhân tố điển hình, giải pháp sáng tạo về Văn phòng Sở", 1, false, "nhân tố điển hình",
                "Cán bộ, giáo viên, nhân viên và học sinh được khuyến khích viết tin bài giới thiệu cách làm hay của đơn vị.",
                "Sở GD&ĐT khuyến khích cán bộ, giáo viên, nhân viên, học sinh trong ngành viết tin, bài giới thiệu, nhân rộng những nhân tố điển hình và giải pháp sáng tạo, hiệu quả tại địa phương, đơn vị.",
                "Tin bài gửi về Văn phòng Sở qua thư điện tử thanhtam.cthssv@dongnai.edu.vn; khi cần trao đổi, liên hệ bà Đỗ Thanh Tâm, Văn phòng Sở, điện thoại 0938 192 279."),
                models.id()), at(2021, 4, 19, 8, 0));
        newsroom.publish(system, unit, page("Giới thiệu", "gioi-thieu",
                "Sở Giáo dục và Đào tạo Đồng Nai là cơ quan chuyên môn thuộc UBND tỉnh Đồng Nai, tham mưu quản lý nhà nước về giáo dục và đào tạo.",
                "Văn phòng Sở là đầu mối công tác truyền thông, quản lý Cổng thông tin điện tử và trang Fanpage Thông tin Giáo dục Đồng Nai."), null);
        newsroom.document(system, unit, "1564/SGDĐT-VP", LocalDate.of(2021, 4, 15), "Sở GD&ĐT Đồng Nai", DocumentType.CONG_VAN,
                "V/v yêu cầu tiếp tục thực hiện một số nội dung liên quan đến nhiệm vụ truyền thông công tác giáo dục và đào tạo");
        newsroom.document(system, unit, "25/SGDĐT-VP", LocalDate.of(2020, 3, 25), "Sở GD&ĐT Đồng Nai", DocumentType.CONG_VAN,
                "Về việc triển khai thực hiện trang fanpage Thông tin Giáo dục Đồng Nai");
        newsroom.document(system, unit, "150/QĐ-TTg", LocalDate.of(2016, 1, 21), "Thủ tướng Chính phủ", DocumentType.QUYET_DINH,
                "Phê duyệt Đề án Truyền thông về đổi mới căn bản, toàn diện giáo dục, đào tạo và dạy nghề");
    }

    private void seedThptLak(Actor system, UnitRef unit) {
        settings.save(new SiteSettings(unit.id(), "Trang thông tin điện tử Trường THPT Lắk", null, true, null, null, system.userId(), null));
        Category news = newsroom.category(unit, "Tin tức – Sự kiện", "tin-tuc-su-kien", 1);
        Category exam = newsroom.category(unit, "Kỳ thi tốt nghiệp THPT năm 2024", "ky-thi-tot-nghiep-thpt-nam-2024", 2);
        Category notices = newsroom.category(unit, "Thông báo", "thong-bao", 3);
        newsroom.link(unit, "Sở GDĐT Đắk Lắk", "/so-gddt-dak-lak/", 1);
        newsroom.link(unit, "Bộ Giáo dục và Đào tạo", "https://moet.gov.vn", 2);
        newsroom.publishOn(system, unit, draft(ArticleKind.NEWS, story("Trường THPT Lắk triển khai Kế hoạch truyền thông năm 2024", 0, true, "truyền thông",
                "Kế hoạch thực hiện Kế hoạch 141/KH-BGDĐT của Bộ GDĐT và Kế hoạch 19/KH-SGDĐT của Sở GDĐT Đắk Lắk.",
                "Thực hiện Kế hoạch số 141/KH-BGDĐT ngày 05/02/2024 của Bộ GDĐT và Kế hoạch số 19/KH-SGDĐT ngày 19/02/2024 của Sở GDĐT Đắk Lắk, Trường THPT Lắk xây dựng Kế hoạch truyền thông năm 2024.",
                "## Kênh truyền thông",
                "Kênh truyền thông chính của trường là trang thông tin điện tử và trang Facebook của trường; phối hợp với các cơ quan thông tấn, báo chí, phát thanh, truyền hình trung ương và địa phương.",
                "Ban truyền thông nhà trường nắm bắt, tiếp nhận và xử lý kịp thời thông tin góp ý, thực hiện nghiêm Quy chế phát ngôn theo Nghị định 09/2017/NĐ-CP."),
                news.id()), at(2024, 2, 27, 10, 0));
        newsroom.publishOn(system, unit, draft(ArticleKind.NEWS, story("Tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", 0, false, "ngày lễ lớn",
                "Đoàn trường tổ chức chuỗi hoạt động tìm hiểu lịch sử nhân kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2024).",
                "Hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, Đoàn trường tổ chức cho học sinh tìm hiểu lịch sử qua các buổi chào cờ, sinh hoạt lớp và bảng tin.",
                "Hoạt động thực hiện nội dung tuyên truyền các ngày lễ lớn năm 2024 trong Kế hoạch truyền thông của nhà trường."), news.id()), at(2024, 5, 6, 8, 0));
        newsroom.publishOn(system, unit, draft(ArticleKind.NEWS, story("Phổ biến quy chế thi tốt nghiệp THPT năm 2024 cho học sinh lớp 12", 1, false, "thi tốt nghiệp",
                "Học sinh lớp 12 được phổ biến quy chế thi, các vật dụng được mang vào phòng thi và lịch thi.",
                "Thực hiện Kế hoạch của Sở GDĐT, nhà trường tổ chức phổ biến quy chế thi tốt nghiệp THPT năm 2024 cho toàn bộ học sinh lớp 12 và cha mẹ học sinh.",
                "Các em được hướng dẫn cách làm bài thi trắc nghiệm, các vật dụng được mang vào phòng thi và những lỗi vi phạm quy chế thường gặp."),
                exam.id()), at(2024, 6, 5, 9, 0));
        newsroom.publishOn(system, unit, draft(ArticleKind.NEWS, story("Học sinh lớp 12 sẵn sàng bước vào Kỳ thi tốt nghiệp THPT năm 2024", 1, false, "thi tốt nghiệp",
                "Chiều 26/6/2024, thí sinh làm thủ tục dự thi; Kỳ thi diễn ra ngày 27 và 28/6/2024.",
                "Chiều 26/6/2024, học sinh lớp 12 của trường làm thủ tục dự thi tại điểm thi, nghe phổ biến quy chế và kiểm tra thông tin đăng ký.",
                "Kỳ thi tốt nghiệp THPT năm 2024 diễn ra trong hai ngày 27 và 28/6/2024. Nhà trường chúc các em bình tĩnh, tự tin và đạt kết quả cao."),
                exam.id()), at(2024, 6, 26, 17, 0));
        newsroom.publishOn(system, unit, draft(ArticleKind.NEWS, story("Thông báo về công tác tuyển sinh lớp 10 năm học 2024-2025", 2, false, "tuyển sinh",
                "Nhà trường thông báo kế hoạch tuyển sinh lớp 10 theo hướng dẫn của Sở GDĐT Đắk Lắk.",
                "Nhà trường thông báo công tác tuyển sinh lớp 10 năm học 2024-2025 thực hiện theo kế hoạch và hướng dẫn của Sở GDĐT Đắk Lắk.",
                "Cha mẹ học sinh theo dõi thông tin trên trang thông tin điện tử và trang Facebook của trường, hoặc liên hệ văn phòng nhà trường để được hướng dẫn."),
                notices.id()), at(2024, 5, 20, 8, 0));
        newsroom.publish(system, unit, page("Giới thiệu", "gioi-thieu",
                "Trường THPT Lắk là trường trung học phổ thông công lập trực thuộc Sở GDĐT Đắk Lắk, đóng tại thị trấn Liên Sơn, huyện Lắk.",
                "Ban truyền thông của trường phụ trách trang thông tin điện tử và trang Facebook của trường."), null);
        newsroom.document(system, unit, "15/KH-THPTL", LocalDate.of(2024, 2, 27), "Trường THPT Lắk", DocumentType.KE_HOACH,
                "Kế hoạch truyền thông về giáo dục và đào tạo năm 2024 của Trường THPT Lắk");
        newsroom.document(system, unit, "19/KH-SGDĐT", LocalDate.of(2024, 2, 19), "Sở GDĐT Đắk Lắk", DocumentType.KE_HOACH,
                "Kế hoạch truyền thông giáo dục và đào tạo năm 2024");
        newsroom.document(system, unit, "141/KH-BGDĐT", LocalDate.of(2024, 2, 5), "Bộ Giáo dục và Đào tạo", DocumentType.KE_HOACH,
                "Kế hoạch truyền thông về giáo dục và đào tạo năm 2024");
    }
}
