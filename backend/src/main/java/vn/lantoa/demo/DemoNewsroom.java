package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.disclosure.DisclosureItem;
import vn.lantoa.disclosure.DisclosureItemRepository;
import vn.lantoa.disclosure.DisclosureService;
import vn.lantoa.disclosure.Requirement;
import vn.lantoa.files.FileService;
import vn.lantoa.files.StoredFile;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.CategoryRepository;
import vn.lantoa.newsroom.DocumentForm;
import vn.lantoa.newsroom.DocumentService;
import vn.lantoa.newsroom.DocumentType;
import vn.lantoa.newsroom.OfficialDocument;
import vn.lantoa.newsroom.QuickLink;
import vn.lantoa.newsroom.QuickLinkRepository;
import vn.lantoa.newsroom.SiteSettings;
import vn.lantoa.newsroom.SiteSettingsRepository;
import vn.lantoa.platform.text.SafeHtml;
import vn.lantoa.sharing.Audience;
import vn.lantoa.sharing.Share;
import vn.lantoa.sharing.SharingService;
import vn.lantoa.site.ArticlePdf;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Demo websites, so that the first start shows real-looking sites: Trường THCS Tân Mai with a school year of news
 * (its home page carries 20 articles, as the speed benchmark needs), Sở GDĐT Đắk Lắk with its exam category and the
 * documents of seed 000, dated as the seed dates them (the 2024 exam in June 2024), Phòng Hoàng Mai sharing a directive down and holding a story from Tân Mai in its inbox, and
 * Công khai items with some left missing so tracking has something to show.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoNewsroom {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ArticleService articles;
    private final ArticleRepository articleRows;
    private final CategoryRepository categories;
    private final QuickLinkRepository links;
    private final SiteSettingsRepository settings;
    private final DocumentService documents;
    private final DisclosureService disclosure;
    private final DisclosureItemRepository disclosureItems;
    private final SharingService sharing;
    private final FileService files;
    private final ArticlePdf pdf;
    private final UnitRefRepository refs;
    private final Clock clock;

    DemoNewsroom(ArticleService articles, ArticleRepository articleRows, CategoryRepository categories, QuickLinkRepository links,
                 SiteSettingsRepository settings, DocumentService documents, DisclosureService disclosure,
                 DisclosureItemRepository disclosureItems, SharingService sharing,
                 FileService files, ArticlePdf pdf, UnitRefRepository refs, Clock clock) {
        this.articles = articles;
        this.articleRows = articleRows;
        this.categories = categories;
        this.links = links;
        this.settings = settings;
        this.documents = documents;
        this.disclosure = disclosure;
        this.disclosureItems = disclosureItems;
        this.sharing = sharing;
        this.files = files;
        this.pdf = pdf;
        this.refs = refs;
        this.clock = clock;
    }

    /** A news item: title, category index (or -1), featured, tags and paragraphs (a paragraph starting with "## " is a heading). */
    record Story(String title, int category, boolean featured, List<String> tags, String summary, List<String> paragraphs) {
    }

    void seed(Actor system, long hoangMaiId, long tanMaiId, long soDakLakId, long mamNonId) {
        UnitRef tanMai = refs.findById(tanMaiId).orElseThrow();
        UnitRef hoangMai = refs.findById(hoangMaiId).orElseThrow();
        UnitRef dakLak = refs.findById(soDakLakId).orElseThrow();
        seedTanMai(system, tanMai);
        seedDakLak(system, dakLak);
        seedHoangMai(system, hoangMai, tanMai);
        seedDisclosure(system, tanMai, refs.findById(mamNonId).orElseThrow());
    }

    private void seedTanMai(Actor system, UnitRef unit) {
        settings.save(new SiteSettings(unit.id(), "Kỷ cương – Tình thương – Trách nhiệm",
                "Tan Mai Lower Secondary School is a public school in Hoang Mai District, Hanoi, with about 1,200 students in grades 6 to 9.\n\n"
                        + "The school's communication committee publishes news, plans and public disclosures here. Parents and the press can reach "
                        + "the spokesperson at the phone and email below.", true, null, null, system.userId(), null));
        List<Category> cats = List.of(category(unit, "Tin tức – Sự kiện", "tin-tuc-su-kien", 1), category(unit, "Hoạt động chuyên môn", "hoat-dong-chuyen-mon", 2),
                category(unit, "Thông báo", "thong-bao", 3));
        link(unit, "Sở GDĐT Hà Nội", "https://hanoi.edu.vn", 1);
        link(unit, "Bộ Giáo dục và Đào tạo", "https://moet.gov.vn", 2);
        link(unit, "Phòng GDĐT quận Hoàng Mai", "/phong-gddt-quan-hoang-mai/", 3);
        List<Story> stories = List.of(
                story("Lễ khai giảng năm học 2026-2027", 0, true, "khai giảng", "Sáng 5/9, thầy và trò Trường THCS Tân Mai long trọng tổ chức Lễ khai giảng năm học mới.",
                        "Sáng ngày 5/9/2026, trong không khí tưng bừng của ngày hội đến trường, Trường THCS Tân Mai đã long trọng tổ chức Lễ khai giảng năm học 2026-2027 với sự tham dự của đại diện lãnh đạo Phòng GDĐT quận Hoàng Mai, Ban đại diện cha mẹ học sinh cùng hơn 1.200 học sinh.",
                        "## Những con số ấn tượng", "Năm học 2025-2026, nhà trường có 98% học sinh đạt hạnh kiểm tốt, 46 học sinh đạt giải học sinh giỏi cấp quận và 7 học sinh đạt giải cấp thành phố.",
                        "Phát biểu tại buổi lễ, cô Hiệu trưởng Nguyễn Thị Thanh Hương nhấn mạnh nhiệm vụ trọng tâm của năm học mới là đổi mới phương pháp dạy học, xây dựng trường học an toàn, thân thiện."),
                story("Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027", 1, true, "giáo viên giỏi", "24 giáo viên tham gia hội thi với nhiều tiết dạy ứng dụng công nghệ.",
                        "Từ ngày 12 đến 23/10/2026, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp trường với 24 giáo viên tham gia ở 9 môn học.",
                        "Nhiều tiết dạy ứng dụng hiệu quả công nghệ thông tin, tổ chức hoạt động nhóm giúp học sinh chủ động chiếm lĩnh kiến thức.",
                        "Ban giám khảo đã chọn 8 giáo viên tiêu biểu dự thi cấp quận."),
                story("Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", 0, true, "20/11", "Nhiều hoạt động thiết thực tri ân thầy cô nhân ngày 20/11.",
                        "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), Liên đội nhà trường phát động phong trào thi đua “Hoa điểm tốt dâng thầy cô”.",
                        "Các lớp đã có hơn 3.500 điểm 9, điểm 10 và nhiều tiết học tốt. Buổi lễ mít tinh diễn ra sáng 20/11 với chương trình văn nghệ đặc sắc do học sinh biểu diễn."),
                story("Tuyên truyền an toàn giao thông cho học sinh", 0, false, "an toàn giao thông", "Học sinh được hướng dẫn đội mũ bảo hiểm đúng cách và kỹ năng đi xe đạp an toàn.",
                        "Phối hợp với Công an phường Tân Mai, nhà trường tổ chức buổi tuyên truyền về an toàn giao thông cho toàn thể học sinh.",
                        "Các em được hướng dẫn cách đội mũ bảo hiểm đúng quy cách, kỹ năng tham gia giao thông bằng xe đạp và không sử dụng xe máy điện khi chưa đủ tuổi."),
                story("Phòng chống bạo lực học đường: xây dựng môi trường học tập an toàn", 0, false, "bạo lực học đường", "Chuyên đề giúp học sinh nhận biết và ứng xử trước các tình huống bạo lực.",
                        "Thực hiện kế hoạch của Phòng GDĐT quận Hoàng Mai, nhà trường tổ chức chuyên đề phòng, chống bạo lực học đường cho học sinh khối 7 và khối 8.",
                        "Các em được thảo luận tình huống, thực hành kỹ năng từ chối, tìm kiếm sự trợ giúp từ thầy cô và cha mẹ khi gặp nguy cơ.",
                        "Nhà trường công bố số điện thoại đường dây nóng để học sinh và phụ huynh phản ánh kịp thời."),
                story("Câu lạc bộ tiếng Anh “Let's talk” ra mắt", 1, false, "tiếng Anh", "Câu lạc bộ sinh hoạt chiều thứ Sáu hằng tuần với giáo viên bản ngữ.",
                        "Câu lạc bộ tiếng Anh “Let's talk” chính thức ra mắt với 60 thành viên từ khối 6 đến khối 9.",
                        "Câu lạc bộ sinh hoạt vào chiều thứ Sáu hằng tuần với các chủ đề gần gũi: giới thiệu bản thân, văn hóa Hà Nội, bảo vệ môi trường."),
                story("Thông báo lịch kiểm tra giữa học kỳ I", 2, false, "kiểm tra", "Lịch kiểm tra giữa học kỳ I các môn từ ngày 2 đến 7/11/2026.",
                        "Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027 như sau:",
                        "TABLE", "Đề nghị học sinh ôn tập theo hướng dẫn của giáo viên bộ môn và có mặt trước giờ kiểm tra 15 phút."),
                story("Hội nghị cha mẹ học sinh đầu năm học", 0, false, "phụ huynh", "Nhà trường thông tin kế hoạch năm học và các khoản thu đến cha mẹ học sinh.",
                        "Ngày 21/9/2026, nhà trường tổ chức hội nghị cha mẹ học sinh các lớp, công khai kế hoạch giáo dục và các khoản thu theo quy định.",
                        "Ban đại diện cha mẹ học sinh nhiệm kỳ mới đã được bầu với 9 thành viên."),
                story("Học sinh Tân Mai đạt giải Nhất cuộc thi Khoa học kỹ thuật cấp quận", 0, false, "khoa học kỹ thuật", "Dự án máy lọc nước mini của nhóm học sinh lớp 9A1 đạt giải Nhất.",
                        "Dự án “Máy lọc nước mini dùng năng lượng mặt trời” của nhóm học sinh lớp 9A1 đã đạt giải Nhất cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp quận.",
                        "Dự án sẽ đại diện quận Hoàng Mai tham dự vòng thi cấp thành phố."),
                story("Ngày hội đọc sách năm 2026", 0, false, "thư viện", "Thư viện nhà trường nhận thêm hơn 800 đầu sách do học sinh quyên góp.",
                        "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, nhà trường tổ chức Ngày hội đọc sách với các hoạt động giới thiệu sách, đổi sách cũ lấy sách hay.",
                        "Thư viện nhà trường đã nhận thêm hơn 800 đầu sách do học sinh và phụ huynh quyên góp."),
                story("Chuyên đề đổi mới phương pháp dạy học môn Toán", 1, false, "chuyên môn", "Tổ Toán – Tin tổ chức chuyên đề dạy học theo hướng phát triển năng lực.",
                        "Tổ Toán – Tin tổ chức chuyên đề “Dạy học giải quyết vấn đề trong môn Toán lớp 8”.",
                        "Các giáo viên dự giờ, trao đổi kinh nghiệm tổ chức hoạt động khởi động và vận dụng kiến thức vào thực tiễn."),
                story("Thông báo tuyển sinh câu lạc bộ thể thao", 2, false, "thể thao", "Đăng ký câu lạc bộ bóng rổ, cầu lông, cờ vua trước ngày 30/9.",
                        "Nhà trường thông báo tuyển thành viên các câu lạc bộ bóng rổ, cầu lông và cờ vua năm học 2026-2027.",
                        "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 30/9/2026."),
                story("Tập huấn kỹ năng phòng cháy, chữa cháy", 0, false, "phòng cháy", "Học sinh thực hành thoát nạn và sử dụng bình chữa cháy.",
                        "Phối hợp với Đội Cảnh sát phòng cháy, chữa cháy quận Hoàng Mai, nhà trường tổ chức buổi tập huấn và diễn tập thoát nạn cho toàn trường.",
                        "Học sinh được thực hành sử dụng bình chữa cháy và kỹ năng thoát hiểm an toàn."),
                story("Giải bóng đá học sinh chào mừng ngày thành lập Đoàn", 0, false, "thể thao", "16 đội bóng tranh tài trong không khí sôi nổi.",
                        "Giải bóng đá học sinh năm 2026 quy tụ 16 đội bóng của các lớp khối 8 và khối 9.",
                        "Đội lớp 9A3 giành chức vô địch sau loạt sút luân lưu kịch tính."),
                story("Sinh hoạt chuyên môn theo nghiên cứu bài học", 1, false, "chuyên môn", "Các tổ chuyên môn đổi mới sinh hoạt theo hướng nghiên cứu bài học.",
                        "Trong tháng 10, các tổ chuyên môn tổ chức sinh hoạt theo nghiên cứu bài học, tập trung quan sát việc học của học sinh.",
                        "Giáo viên cùng nhau điều chỉnh kế hoạch bài dạy sau mỗi tiết dự giờ."),
                story("Thông báo nghỉ học ngày bầu cử", 2, false, "thông báo", "Học sinh nghỉ học để phục vụ công tác bầu cử tại điểm trường.",
                        "Để phục vụ công tác bầu cử, học sinh toàn trường được nghỉ học ngày thứ Bảy.",
                        "Các hoạt động học tập được bù vào tuần kế tiếp theo thời khóa biểu mới."),
                story("Trải nghiệm làng nghề gốm Bát Tràng", 0, false, "trải nghiệm", "Học sinh khối 6 tham gia hoạt động trải nghiệm ngoài nhà trường.",
                        "Học sinh khối 6 tham quan, trải nghiệm làng nghề gốm Bát Tràng, tự tay nặn và vẽ trang trí sản phẩm gốm.",
                        "Chuyến đi giúp các em hiểu thêm về nghề truyền thống của Hà Nội."),
                story("Hội thảo hướng nghiệp cho học sinh lớp 9", 0, false, "hướng nghiệp", "Học sinh lớp 9 được tư vấn chọn trường, chọn nghề.",
                        "Nhà trường phối hợp với các trường THPT và trường nghề trên địa bàn tổ chức hội thảo hướng nghiệp cho học sinh lớp 9.",
                        "Các em được giải đáp về tuyển sinh vào lớp 10 năm học 2027-2028."),
                story("Kết quả thi học sinh giỏi cấp quận môn văn hóa", 1, false, "học sinh giỏi", "Nhà trường có 46 học sinh đạt giải học sinh giỏi cấp quận.",
                        "Kỳ thi học sinh giỏi cấp quận năm học 2025-2026, nhà trường có 46 học sinh đạt giải, trong đó có 6 giải Nhất.",
                        "Nhà trường khen thưởng các học sinh và giáo viên có thành tích xuất sắc."),
                story("Tổng vệ sinh môi trường “Trường học xanh – sạch – đẹp”", 0, false, "môi trường", "Toàn trường ra quân làm sạch khuôn viên và trồng thêm cây xanh.",
                        "Hưởng ứng phong trào “Trường học xanh – sạch – đẹp – an toàn”, thầy và trò nhà trường ra quân tổng vệ sinh, trồng thêm 50 cây xanh.",
                        "Mỗi lớp nhận chăm sóc một khu vườn nhỏ trong khuôn viên trường."),
                story("Thông báo về việc thu các khoản thu năm học 2026-2027", 2, false, "thông báo", "Các khoản thu thực hiện theo Nghị quyết của HĐND thành phố.",
                        "Nhà trường thông báo các khoản thu năm học 2026-2027 thực hiện theo Nghị quyết của Hội đồng nhân dân thành phố Hà Nội.",
                        "Chi tiết mức thu được công khai tại mục Công khai trên trang thông tin của nhà trường."),
                story("Câu lạc bộ STEM: học sinh lắp ráp robot", 1, false, "STEM", "Câu lạc bộ STEM ra mắt với các bộ kit lắp ráp robot.",
                        "Câu lạc bộ STEM của nhà trường thu hút hơn 40 học sinh tham gia lắp ráp và lập trình robot.",
                        "Các đội sẽ thi đấu vòng trường vào tháng 12."));
        publishDated(system, unit, stories.stream().map(s -> draft(ArticleKind.NEWS, s, s.category() < 0 ? null : cats.get(s.category()).id()))
                .toList(), Duration.ofHours(20), Duration.ofHours(60));
        // Work in progress, so the newsroom's review queue has something in it.
        Article inReview = articles.create(system, unit, draft(ArticleKind.NEWS, story("Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường", 0, false, "thể thao",
                "Hội khỏe Phù Đổng cấp trường diễn ra từ ngày 7 đến 12/12/2026.",
                "Nhà trường tổ chức Hội khỏe Phù Đổng cấp trường với các môn điền kinh, bóng đá, cầu lông và kéo co.",
                "Các lớp đăng ký danh sách vận động viên với giáo viên Thể dục trước ngày 1/12."), cats.get(0).id()));
        articles.submit(system, unit, inReview.id());
        articles.create(system, unit, draft(ArticleKind.NEWS, story("Học sinh lớp 8A2 tham gia dự án “Sách cho em”", 0, false, "thiện nguyện",
                "Nhóm học sinh lớp 8A2 quyên góp sách cho học sinh vùng cao.",
                "Nhóm học sinh lớp 8A2 đã quyên góp được 350 cuốn sách gửi tới các bạn học sinh vùng cao Hà Giang."), cats.get(0).id()));
        publish(system, unit, page("Giới thiệu", "gioi-thieu", "Trường THCS Tân Mai được thành lập năm 1985, là trường công lập thuộc quận Hoàng Mai, thành phố Hà Nội.",
                "Trường có 30 lớp với khoảng 1.200 học sinh, 72 cán bộ, giáo viên, nhân viên. Nhà trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 3."), null);
        publish(system, unit, page("Cơ cấu tổ chức", "co-cau-to-chuc", "Ban giám hiệu gồm Hiệu trưởng và hai Phó Hiệu trưởng.",
                "Nhà trường có 4 tổ chuyên môn (Toán – Tin, Ngữ văn – Sử – Địa – GDCD, Khoa học tự nhiên – Công nghệ, Ngoại ngữ – Nghệ thuật – Thể chất) và tổ Văn phòng."), null);
        document(system, unit, "125/KH-THCSTM", LocalDate.of(2026, 9, 10), "Trường THCS Tân Mai", DocumentType.KE_HOACH,
                "Kế hoạch truyền thông năm học 2026-2027 của Trường THCS Tân Mai");
        document(system, unit, "98/TB-THCSTM", LocalDate.of(2026, 8, 25), "Trường THCS Tân Mai", DocumentType.THONG_BAO,
                "Thông báo lịch tựu trường và khai giảng năm học 2026-2027");
    }

    private void seedDakLak(Actor system, UnitRef unit) {
        settings.save(new SiteSettings(unit.id(), "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", null, true, null, null, system.userId(), null));
        Category exam = category(unit, "Kỳ thi tốt nghiệp THPT năm 2024", "ky-thi-tot-nghiep-thpt-nam-2024", 1);
        Category news = category(unit, "Tin giáo dục", "tin-giao-duc", 2);
        // Dated as seed 000 has them: the steering committee founded on 10/5/2024, the plan in June, the exam's sessions on 27 and
        // 28 June 2024 (the quick reports of DemoReporting use the same days), the press release when the last session ended.
        publishOn(system, unit, draft(ArticleKind.NEWS, story("Sở GDĐT Đắk Lắk ban hành Kế hoạch truyền thông giáo dục và đào tạo năm 2024", 1, false,
                "truyền thông", "Kế hoạch số 19/KH-SGDĐT ngày 19/02/2024 cụ thể hóa Kế hoạch 141/KH-BGDĐT của Bộ GDĐT trên địa bàn tỉnh.",
                "Ngày 19/02/2024, Sở GDĐT Đắk Lắk ban hành Kế hoạch số 19/KH-SGDĐT về truyền thông giáo dục và đào tạo năm 2024, thực hiện Kế hoạch số 141/KH-BGDĐT ngày 05/02/2024 của Bộ Giáo dục và Đào tạo.",
                "Các phòng GDĐT, các trường THPT và đơn vị trực thuộc căn cứ kế hoạch để xây dựng kế hoạch truyền thông của đơn vị, phân công Ban truyền thông và cập nhật thường xuyên trang thông tin điện tử."),
                news.id()), at(2024, 2, 20, 9, 0));
        publishOn(system, unit, draft(ArticleKind.NEWS, story("Thành lập Ban Chỉ đạo thi tốt nghiệp THPT năm 2024 tại tỉnh Đắk Lắk", 0, false, "thi tốt nghiệp",
                "UBND tỉnh ban hành Quyết định số 1458/QĐ-UBND ngày 10/5/2024.",
                "Ngày 10/5/2024, UBND tỉnh ban hành Quyết định số 1458/QĐ-UBND về việc thành lập Ban Chỉ đạo thi tốt nghiệp THPT năm 2024 tại tỉnh Đắk Lắk.",
                "Ban Chỉ đạo có nhiệm vụ chỉ đạo, kiểm tra công tác chuẩn bị và tổ chức Kỳ thi trên địa bàn tỉnh."), exam.id()), at(2024, 5, 13, 8, 30));
        publishOn(system, unit, draft(ArticleKind.NEWS, story("Kế hoạch truyền thông về Kỳ thi tốt nghiệp THPT năm 2024", 0, true, "thi tốt nghiệp",
                "Sở GDĐT ban hành kế hoạch truyền thông bảo đảm Kỳ thi nghiêm túc, an toàn, chất lượng.",
                "Thực hiện Kế hoạch số 85/KH-UBND ngày 03/5/2024 của UBND tỉnh về tổ chức Kỳ thi tốt nghiệp THPT năm 2024, Sở GDĐT Đắk Lắk ban hành Kế hoạch truyền thông về Kỳ thi trên địa bàn tỉnh.",
                "## Mục đích", "Đẩy mạnh thông tin, truyền thông giúp cán bộ quản lý, giáo viên, học sinh, phụ huynh và Nhân dân hiểu đúng ý nghĩa, mục đích của Kỳ thi; tạo đồng thuận để Kỳ thi diễn ra nghiêm túc, an toàn, chất lượng.",
                "Sở xây dựng chuyên mục “Kỳ thi tốt nghiệp THPT năm 2024” trên Cổng thông tin điện tử, cập nhật kịp thời văn bản chỉ đạo và tình hình tổ chức các buổi thi."),
                exam.id()), at(2024, 6, 3, 8, 0));
        publishOn(system, unit, draft(ArticleKind.NEWS, story("Khuyến cáo thí sinh về quy chế thi và các vật dụng được mang vào phòng thi", 0, false, "quy chế thi",
                "Thí sinh cần nắm vững quy chế để tránh vi phạm đáng tiếc.",
                "Sở GDĐT khuyến cáo thí sinh đọc kỹ quy chế thi, chỉ mang vào phòng thi các vật dụng được phép như bút viết, thước kẻ, máy tính cầm tay không có chức năng soạn thảo văn bản.",
                "Thí sinh có mặt tại điểm thi đúng giờ, mang theo Căn cước hoặc giấy tờ tùy thân hợp lệ."), exam.id()), at(2024, 6, 24, 9, 0));
        publishOn(system, unit, draft(ArticleKind.NEWS, story("Thông tin nhanh buổi thi thứ nhất Kỳ thi tốt nghiệp THPT năm 2024", 0, false, "thi tốt nghiệp",
                "Buổi thi môn Ngữ văn sáng 27/6/2024 diễn ra an toàn, nghiêm túc tại các điểm thi.",
                "Buổi thi môn Ngữ văn sáng 27/6/2024 diễn ra an toàn, nghiêm túc, đúng quy chế tại tất cả các điểm thi trên địa bàn tỉnh.",
                "Ban Chỉ đạo thi cấp tỉnh sẽ tiếp tục cập nhật thông tin sau mỗi buổi thi."), exam.id()), at(2024, 6, 27, 11, 30));
        publishOn(system, unit, draft(ArticleKind.PRESS_RELEASE, story("Thông cáo báo chí: Kỳ thi tốt nghiệp THPT năm 2024 tại Đắk Lắk hoàn thành an toàn", 0, false,
                "thông cáo", "Sở GDĐT thông tin kết quả tổ chức Kỳ thi trên địa bàn tỉnh.",
                "Chiều 28/6/2024, buổi thi cuối cùng của Kỳ thi tốt nghiệp THPT năm 2024 trên địa bàn tỉnh Đắk Lắk đã kết thúc. Kỳ thi hoàn thành an toàn, nghiêm túc, đúng quy chế.",
                "Sở GDĐT cảm ơn các cơ quan báo chí đã phối hợp thông tin kịp thời, chính xác về Kỳ thi."), exam.id()), at(2024, 6, 28, 17, 0));
        publish(system, unit, page("Giới thiệu", "gioi-thieu", "Sở Giáo dục và Đào tạo Đắk Lắk là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu quản lý nhà nước về giáo dục và đào tạo.",
                "Trụ sở: 08 Nguyễn Tất Thành, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk."), null);
        publish(system, unit, page("Cơ cấu tổ chức", "co-cau-to-chuc", "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
                "Các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Kế hoạch – Tài chính, Phòng Giáo dục trung học, Phòng Giáo dục mầm non – tiểu học, Phòng Quản lý chất lượng."), null);
        document(system, unit, "19/KH-SGDĐT", LocalDate.of(2024, 2, 19), "Sở GDĐT Đắk Lắk", DocumentType.KE_HOACH,
                "Kế hoạch truyền thông giáo dục và đào tạo năm 2024");
        document(system, unit, "85/KH-UBND", LocalDate.of(2024, 5, 3), "UBND tỉnh Đắk Lắk", DocumentType.KE_HOACH,
                "Kế hoạch tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2024 tại tỉnh Đắk Lắk");
        document(system, unit, "1458/QĐ-UBND", LocalDate.of(2024, 5, 10), "UBND tỉnh Đắk Lắk", DocumentType.QUYET_DINH,
                "Quyết định thành lập Ban Chỉ đạo thi tốt nghiệp THPT năm 2024 tại tỉnh Đắk Lắk");
    }

    private void seedHoangMai(Actor system, UnitRef unit, UnitRef tanMai) {
        settings.save(new SiteSettings(unit.id(), "Phòng Giáo dục và Đào tạo quận Hoàng Mai, Hà Nội", null, true, null, null, system.userId(), null));
        Article directive = publish(system, unit, story("Hướng dẫn báo cáo công tác truyền thông hằng tháng", -1, true, "báo cáo",
                "Các trường gửi báo cáo công tác truyền thông tháng trước ngày 25 hằng tháng.",
                "Phòng GDĐT quận Hoàng Mai đề nghị các trường mầm non, tiểu học, THCS trực thuộc báo cáo công tác truyền thông hằng tháng trước ngày 25.",
                "Mỗi trường phân công cán bộ phụ trách, sử dụng hộp thư điện tử công vụ để trao đổi thông tin, không dùng hộp thư cá nhân."), null);
        sharing.share(system, unit, Share.ItemType.ARTICLE, directive.id(), Audience.parse("ALL"), true);
        Article fromSchool = articleRows.findPublished(tanMai.id(), null, 1, 0).get(0);
        sharing.sendStory(system, tanMai, fromSchool.id(), "Ảnh do nhà trường chụp, phụ huynh đã đồng ý cho đăng.");
    }

    private void seedDisclosure(Actor system, UnitRef tanMai, UnitRef mamNon) {
        LocalDate today = clock.instant().atZone(VIETNAM).toLocalDate();
        String year = Requirement.GENERAL_INFO.previousPeriod(today);
        StoredFile fees = pdfFile(system, tanMai, "cong-khai-hoc-phi.pdf", "Công khai học phí và các khoản thu năm học",
                "Trường THCS Tân Mai công khai mức học phí và các khoản thu theo Nghị quyết của HĐND thành phố Hà Nội.");
        disclose(system, tanMai, Requirement.GENERAL_INFO, year, "Thông tin chung về Trường THCS Tân Mai", "Tên trường, địa chỉ, loại hình, sứ mạng, tầm nhìn và mục tiêu giáo dục.", null);
        disclose(system, tanMai, Requirement.FEES, year, "Học phí và các khoản thu năm học", null, fees.id());
        disclose(system, tanMai, Requirement.STAFF, year, "Đội ngũ cán bộ, giáo viên, nhân viên", "72 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn trình độ đào tạo.", null);
        disclose(system, tanMai, Requirement.ENROLMENT_PLAN, year, "Kế hoạch tuyển sinh và kế hoạch giáo dục năm học", "Tuyển 300 học sinh lớp 6 theo tuyến do UBND quận giao.", null);
        disclose(system, mamNon, Requirement.MONTHLY_PLAN, Requirement.MONTHLY_PLAN.currentPeriod(today), "Kế hoạch giáo dục tháng",
                "Chủ đề: Thế giới thực vật. Hoạt động trọng tâm: trải nghiệm trồng cây, làm quen chữ cái.", null);
        disclose(system, mamNon, Requirement.WEEKLY_MENU, Requirement.WEEKLY_MENU.previousPeriod(today), "Thực đơn tuần",
                "Thứ Hai: cơm, thịt gà rim, canh bí xanh. Thứ Ba: cháo thịt bằm, sữa chua. Thứ Tư: phở bò. Thứ Năm: cơm, cá sốt cà chua. Thứ Sáu: bún riêu, chuối.", null);
    }

    /** A moment in Vietnam time, for content dated as its seed dates it. */
    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(hour, minute).atZone(VIETNAM).toInstant();
    }

    /** Publishes the draft as published on that day (its seed's date), not today. */
    Article publishOn(Actor system, UnitRef unit, ArticleDraft draft, Instant when) {
        Article published = publish(system, unit, draft);
        articleRows.backdate(unit.id(), published.id(), when);
        return published;
    }

    Category category(UnitRef unit, String name, String slug, int order) {
        return categories.save(new Category(null, unit.id(), name, slug, null, order, null, null, null));
    }

    void link(UnitRef unit, String label, String url, int order) {
        links.save(new QuickLink(null, unit.id(), label, url, order));
    }

    static Story story(String title, int category, boolean featured, String tag, String summary, String... paragraphs) {
        return new Story(title, category, featured, List.of(tag), summary, List.of(paragraphs));
    }

    static Story page(String title, String slug, String... paragraphs) {
        return new Story(title + "|" + slug, -1, false, List.of(), null, List.of(paragraphs));
    }

    Article publish(Actor system, UnitRef unit, Story s, Long categoryId) {
        boolean isPage = s.title().contains("|");
        return publish(system, unit, draft(isPage ? ArticleKind.PAGE : ArticleKind.NEWS, s, categoryId));
    }

    /** Publishes the drafts, the first as the newest (age first) and each next one step older, as a site fills up over months. */
    private void publishDated(Actor system, UnitRef unit, List<ArticleDraft> drafts, Duration first, Duration step) {
        Instant now = clock.instant();
        for (int i = 0; i < drafts.size(); i++) {
            Article published = publish(system, unit, drafts.get(i));
            articleRows.backdate(unit.id(), published.id(), now.minus(first).minus(step.multipliedBy(i)));
        }
    }

    Article publish(Actor system, UnitRef unit, ArticleDraft draft) {
        Article created = articles.create(system, unit, draft);
        return articles.publish(system, unit, created.id(), null);
    }

    static ArticleDraft draft(ArticleKind kind, Story s, Long categoryId) {
        String title = s.title().contains("|") ? s.title().substring(0, s.title().indexOf('|')) : s.title();
        String slug = s.title().contains("|") ? s.title().substring(s.title().indexOf('|') + 1) : null;
        StringBuilder html = new StringBuilder();
        for (String p : s.paragraphs()) {
            if (p.startsWith("## ")) {
                html.append("<h2>").append(p.substring(3)).append("</h2>");
            } else if (p.equals("TABLE")) {
                html.append("<table><thead><tr><th scope=\"col\">Ngày</th><th scope=\"col\">Môn</th><th scope=\"col\">Thời gian</th></tr></thead><tbody>")
                        .append("<tr><td>02/11</td><td>Ngữ văn</td><td>90 phút</td></tr><tr><td>03/11</td><td>Toán</td><td>90 phút</td></tr>")
                        .append("<tr><td>04/11</td><td>Tiếng Anh</td><td>60 phút</td></tr><tr><td>05/11</td><td>Khoa học tự nhiên</td><td>60 phút</td></tr>")
                        .append("</tbody></table>");
            } else {
                html.append("<p>").append(p).append("</p>");
            }
        }
        return new ArticleDraft(kind, title, slug, s.summary(), SafeHtml.sanitize(html.toString()), kind == ArticleKind.PAGE ? null : categoryId, null,
                null, s.featured(), s.tags(), List.of(), null, null, null);
    }

    void document(Actor system, UnitRef unit, String number, LocalDate date, String issuer, DocumentType type, String summary) {
        StoredFile file = pdfFile(system, unit, vn.lantoa.platform.text.Slugs.slugify(number) + ".pdf", number, summary);
        OfficialDocument doc = documents.create(system, unit, new DocumentForm.Draft(number, date, issuer, type, summary, file.id(), null));
        documents.publish(system, unit, doc.id(), true);
    }

    private StoredFile pdfFile(Actor system, UnitRef unit, String name, String heading, String text) {
        String html = "<html><body style=\"font-family: 'Liberation Serif'; font-size: 13pt\"><p style=\"text-align:center; font-weight:bold\">"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập – Tự do – Hạnh phúc</p><h1 style=\"text-align:center; font-size:15pt\">" + escape(heading)
                + "</h1><p>" + escape(text) + "</p><p style=\"font-style:italic\">(Bản minh họa trong dữ liệu demo của Lantoa.)</p></body></html>";
        return files.upload(system, unit, name, new ByteArrayInputStream(pdf.fromHtml(html)));
    }

    private void disclose(Actor system, UnitRef unit, Requirement requirement, String period, String title, String body, Long fileId) {
        DisclosureItem item = disclosure.publish(system, unit, new DisclosureService.Form(requirement.name(), period, title, body,
                fileId == null ? "" : fileId.toString()));
        LocalDate due = requirement.dueDate(period);
        if (due.isBefore(clock.instant().atZone(VIETNAM).toLocalDate())) {
            // Published in good time: a week before it was due.
            disclosureItems.backdate(unit.id(), item.id(), due.minusDays(7).atTime(9, 0).atZone(VIETNAM).toInstant());
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
