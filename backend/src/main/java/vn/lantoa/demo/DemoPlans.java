package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.plan.Appendix;
import vn.lantoa.plan.Plan;
import vn.lantoa.plan.PlanGroup;
import vn.lantoa.plan.PlanReads;
import vn.lantoa.plan.Quarters;
import vn.lantoa.plan.write.AppendixWriter;
import vn.lantoa.plan.write.ItemInput;
import vn.lantoa.plan.write.PlanWriter;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The yearly plans of seeds 001 and 002, written through the plans' own services as their units would: the ministry's
 * plan 141 (groups I–IX, items for every Sở), Sở GDĐT Đắk Lắk's plan 19 started from it, Trường THPT Lắk's plan started
 * from the Sở's (seed 001), and Sở GDĐT Bà Rịa - Vũng Tàu's plan whose appendix lists per group the topics, products, lead
 * departments, quarters and partners (seed 002). All issued.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
public class DemoPlans {

    static final int YEAR = 2024;
    private static final String SO_PARTNERS = "Các phòng thuộc Sở; Phòng GDĐT các huyện, thị xã, thành phố; các đơn vị trực thuộc Sở";

    private final PlanWriter plans;
    private final AppendixWriter appendix;
    private final PlanReads reads;
    private final UnitRefRepository units;

    DemoPlans(PlanWriter plans, AppendixWriter appendix, PlanReads reads, UnitRefRepository units) {
        this.plans = plans;
        this.appendix = appendix;
        this.reads = reads;
        this.units = units;
    }

    /** A line of seed 002's appendix: group (1 = I), topic, content, form, the ministry's lead, the Sở's lead, quarters. */
    private record Row(int group, String topic, String content, String form, String ministryLead, String soLead, String quarters, boolean schools) {
    }

    private static final List<String> GROUPS = List.of(
            "Hoàn thiện chính sách và đẩy mạnh đổi mới quản lý nhà nước về GDĐT",
            "Thực hiện hiệu quả chương trình giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên",
            "Nâng cao chất lượng, chuẩn hóa đội ngũ giáo viên và cán bộ quản lý giáo dục",
            "Huy động và sử dụng hiệu quả các nguồn lực đầu tư cho giáo dục",
            "Tăng cường công tác giáo dục chính trị, tư tưởng",
            "Tăng cường giáo dục thể chất, hoạt động thể thao, y tế trường học; bảo đảm an toàn trường học",
            "Tăng cường chuyển đổi số trong giáo dục",
            "Kỳ thi tốt nghiệp THPT và tuyển sinh đại học, cao đẳng năm 2024",
            "Tăng cường công tác thanh tra, kiểm tra; thi đua, khen thưởng");

    private static final List<Row> ROWS = List.of(
            new Row(1, "Truyền thông chính sách", "Thông tin về việc thực hiện các nghị quyết, chỉ thị, kết luận của Đảng; các văn bản quy phạm pháp luật "
                    + "của Quốc hội, Chính phủ, Thủ tướng Chính phủ liên quan đến giáo dục và đào tạo; văn bản chỉ đạo của Bộ GDĐT; chủ trương của "
                    + "Tỉnh ủy, HĐND, UBND tỉnh về lĩnh vực GDĐT.", "NEWS", "Văn phòng Bộ", "Văn phòng Sở", "1234", true),
            new Row(1, "Nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước về giáo dục", "Thông tin về các chủ trương, biện pháp đổi mới quản lý nhà "
                    + "nước theo hướng đẩy mạnh phân cấp, phân quyền; các giải pháp, mô hình quản trị nhà trường chuyên nghiệp, hiện đại, tinh gọn; "
                    + "tự chủ, trách nhiệm giải trình, công khai, minh bạch.", "NEWS", "Văn phòng Bộ", "Văn phòng Sở", "1234", false),
            new Row(2, "Giáo dục mầm non", "Thông tin về xây dựng, thí điểm Chương trình Giáo dục mầm non mới; chuyên đề “Xây dựng trường mầm non lấy "
                    + "trẻ làm trung tâm giai đoạn 2021-2025”; Đề án tăng cường tiếng Việt cho trẻ em vùng dân tộc thiểu số.", "NEWS",
                    "Vụ Giáo dục Mầm non", "Phòng GDMN-TH", "1234", false),
            new Row(2, "Giáo dục phổ thông", "Thông tin về tuyển sinh các lớp đầu cấp năm học 2024-2025; tiếp tục triển khai hiệu quả Chương trình "
                    + "Giáo dục phổ thông 2018 (lớp 10, lớp 11 cấp THPT); lựa chọn sách giáo khoa lớp 5, lớp 9, lớp 12; tài liệu giáo dục địa phương.",
                    "INFOGRAPHIC", "Vụ Giáo dục Phổ thông", "Phòng GDMN-TH; Phòng GDTrH-TX; Văn phòng Sở", "1234", true),
            new Row(2, "Giáo dục thường xuyên", "Thông tin về Đề án xây dựng xã hội học tập giai đoạn 2021-2030; mô hình “Đơn vị học tập”, “Cộng đồng "
                    + "học tập”; xóa mù chữ; hoạt động của các trung tâm GDNN-GDTX, trung tâm học tập cộng đồng.", "NEWS",
                    "Vụ Giáo dục Thường xuyên", "Phòng GDTrH-TX; Văn phòng Sở", "1234", false),
            new Row(2, "Đánh giá chất lượng giáo dục", "Thông tin về quản lý văn bằng, chứng chỉ; bảo đảm và kiểm định chất lượng giáo dục tại các cơ sở "
                    + "giáo dục trên địa bàn tỉnh.", "NEWS", "Cục Quản lý chất lượng", "Phòng Quản lý chất lượng", "1234", false),
            new Row(3, "Đảm bảo số lượng giáo viên", "Thông tin về tuyển dụng, sắp xếp, điều tiết giáo viên giữa các cơ sở giáo dục, khắc phục tình trạng "
                    + "thừa thiếu giáo viên cục bộ; bố trí đủ giáo viên ngoại ngữ, Tin học cho Chương trình GDPT 2018.", "NEWS",
                    "Cục Nhà giáo và Cán bộ quản lý giáo dục", "Phòng Tổ chức cán bộ", "1234", false),
            new Row(3, "Tập huấn, nâng cao năng lực đội ngũ", "Thông tin về tập huấn, nâng cao năng lực cho đội ngũ nhà giáo, cán bộ quản lý giáo dục "
                    + "trong thực hiện Chương trình giáo dục phổ thông 2018.", "TRAINING", "Cục Nhà giáo và Cán bộ quản lý giáo dục",
                    "Phòng Tổ chức cán bộ; Phòng GDMN-TH; Phòng GDTrH-TX", "1234", false),
            new Row(4, "Huy động và sử dụng hiệu quả các nguồn lực đầu tư cho giáo dục", "Thông tin về các chương trình thu hút nguồn lực đầu tư, xã "
                    + "hội hóa giáo dục; hiệu quả của các Chương trình mục tiêu quốc gia giai đoạn 2021-2025.", "NEWS", "Vụ Kế hoạch - Tài chính",
                    "Phòng Kế hoạch-Tài chính", "1234", false),
            new Row(5, "Giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thanh niên, thiếu niên, nhi đồng trên không gian mạng",
                    "Thông tin về việc tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
                    + "phong cách Hồ Chí Minh; giáo dục đạo đức, lối sống văn hóa cho học sinh trên không gian mạng.", "SOCIAL_POST",
                    "Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên", "Văn phòng Sở", "1234", true),
            new Row(5, "Triển khai xây dựng văn hóa học đường", "Thông tin về các hoạt động văn hóa, văn nghệ trong các cơ sở giáo dục; mô hình, điển "
                    + "hình tiên tiến xây dựng văn hóa ứng xử lành mạnh, tương thân tương ái.", "VIDEO",
                    "Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên", "Văn phòng Sở", "1234", true),
            new Row(5, "Phòng chống vi phạm pháp luật và tội phạm", "Thông tin về phòng, chống bạo lực học đường và xâm hại trẻ em; phòng, chống ma túy "
                    + "trong trường học; phòng ngừa vi phạm pháp luật cho học sinh.", "EVENT",
                    "Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên", "Văn phòng Sở", "1234", true),
            new Row(6, "Công tác giáo dục thể chất, hoạt động thể thao, y tế trường học", "Thông tin về Đề án tổng thể phát triển Giáo dục thể chất "
                    + "và thể thao trường học giai đoạn 2022-2025; Chương trình Sức khỏe học đường; Hội khỏe Phù Đổng toàn quốc lần thứ X.", "NEWS",
                    "Vụ Giáo dục Thể chất", "Phòng GDTrH-TX; Phòng GDMN-TH", "1234", false),
            new Row(6, "Bảo đảm an toàn trường học", "Triển khai thông tin về xây dựng trường học an toàn, phòng chống tai nạn thương tích, dịch bệnh "
                    + "trong các cơ sở giáo dục.", "NEWS", "Vụ Giáo dục Thể chất", "Văn phòng Sở", "1234", true),
            new Row(7, "Tăng cường ứng dụng CNTT và chuyển đổi số", "Thông tin về Đề án “Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong "
                    + "GDĐT giai đoạn 2022-2025, định hướng đến năm 2030”; cơ sở dữ liệu ngành; an toàn thông tin trong các cơ sở giáo dục.",
                    "INFOGRAPHIC", "Cục Công nghệ thông tin", "Văn phòng Sở", "1234", true),
            new Row(8, "Kỳ thi tốt nghiệp THPT năm 2024", "Thông tin về quy chế, hướng dẫn thi; đề thi tham khảo; tổ chức kỳ thi, chấm thi, công bố kết "
                    + "quả và phổ điểm; các tình huống phát sinh.", "PRESS_CONFERENCE", "Cục Quản lý chất lượng",
                    "Phòng Quản lý chất lượng; Phòng GDTrH-TX; Thanh tra Sở", "123", true),
            new Row(8, "Kỳ thi tốt nghiệp THPT từ năm 2025", "Thông tin về định dạng, cấu trúc đề thi tốt nghiệp THPT từ năm 2025; ngân hàng câu hỏi "
                    + "thi, đề thi minh họa.", "NEWS", "Cục Quản lý chất lượng", "Phòng Quản lý chất lượng; Phòng GDTrH-TX; Thanh tra Sở", "1234", false),
            new Row(8, "Tuyển sinh đại học, cao đẳng 2024", "Thông tin về chủ trương, chỉ đạo, hướng dẫn công tác tuyển sinh đại học, cao đẳng năm 2024 "
                    + "của Bộ GDĐT.", "NEWS", "Vụ Giáo dục Đại học", "Phòng Quản lý chất lượng; Phòng GDTrH-TX; Thanh tra Sở", "23", false),
            new Row(9, "Thanh tra, kiểm tra và xử lý vi phạm trong lĩnh vực giáo dục và đào tạo", "Thông tin về thanh tra trách nhiệm quản lý nhà nước "
                    + "về giáo dục; kiểm tra hoạt động dạy thêm, học thêm; kiểm tra cơ sở giáo dục có yếu tố nước ngoài.", "NEWS", "Thanh tra Bộ",
                    "Thanh tra Sở", "1234", false),
            new Row(9, "Đẩy mạnh công tác thi đua, khen thưởng", "Thông tin về điển hình tiên tiến trong phong trào thi đua “Đổi mới, sáng tạo trong quản "
                    + "lý, giảng dạy và học tập”; tôn vinh nhà giáo, cán bộ quản lý tiêu biểu; học sinh đoạt giải các kỳ thi năm 2024.", "NEWS",
                    "Vụ Thi đua - Khen thưởng", "Văn phòng Sở", "1234", true));

    /** The plans seeded, by unit. */
    public record Seeded(long ministry, long dakLak, long lak, long brvt) {
    }

    /** Seeds the four plans; each unit acts through its own people where the demo has them, the platform otherwise. */
    public Seeded seed(Actor system, long boId, long dakLakId, long lakId, long brvtId) {
        UnitRef bo = units.findById(boId).orElseThrow();
        UnitRef dakLak = units.findById(dakLakId).orElseThrow();
        UnitRef lak = units.findById(lakId).orElseThrow();
        UnitRef brvt = units.findById(brvtId).orElseThrow();

        Plan ministry = plans.create(system, bo, String.valueOf(YEAR), null);
        plans.updateText(system, bo, ministry.id(), "0", "Kế hoạch truyền thông về giáo dục và đào tạo năm 2024",
                "Chủ động cung cấp thông tin kịp thời, chính xác về chủ trương, chính sách, kết quả của ngành Giáo dục, tạo đồng thuận xã hội.\n"
                        + "Truyền thông định hướng dư luận; nhận diện và xử lý kịp thời các vấn đề, sự cố truyền thông.",
                "Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về tăng cường công tác truyền thông chính sách");
        List<Long> groups = new ArrayList<>();
        for (int i = 0; i < GROUPS.size(); i++) {
            groups.add(appendix.addGroup(system, bo, ministry.id(), Quarters.roman(i + 1), GROUPS.get(i)).id());
        }
        for (Row r : ROWS) {
            appendix.addItem(system, bo, ministry.id(), input(groups.get(r.group() - 1), r.topic() + ": " + r.content(), r.form(), null, r.ministryLead(),
                    "Các Sở GDĐT", true, r.quarters(), null, null, null));
        }
        ministry = issue(system, bo, ministry.id(), "141/KH-BGDĐT", "05/02/2024");

        // Sở Đắk Lắk (plan 19): started from 141; the Sở keeps for every school only what schools carry out themselves.
        Plan nineteen = plans.create(system, dakLak, String.valueOf(YEAR), String.valueOf(ministry.id()));
        plans.updateText(system, dakLak, nineteen.id(), "0", "Kế hoạch truyền thông giáo dục và đào tạo năm 2024",
                "Thông tin kịp thời các hoạt động, chỉ đạo điều hành của ngành GDĐT Đắk Lắk tới học sinh, giáo viên, cán bộ quản lý, người dân.\n"
                        + "Truyền thông các kết quả nổi bật, gương người tốt việc tốt; định hướng dư luận, xử lý kịp thời sự cố truyền thông.",
                basisOf(nineteen) + "\nHướng dẫn số 104-HD/BTGTU ngày 31/01/2024 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền các ngày lễ lớn năm 2024");
        for (Appendix.Line l : reads.appendix(reads.plan(dakLakId, nineteen.id()).orElseThrow()).lines()) {
            Row r = row(l.item().topic());
            boolean exam = r.topic().equals("Kỳ thi tốt nghiệp THPT năm 2024");
            adapt(system, dakLak, nineteen.id(), l, l.item().topic(), r.soLead(), SO_PARTNERS, r.schools(), exam ? List.of(lakId) : List.of(), null);
        }
        nineteen = issue(system, dakLak, nineteen.id(), "19/KH-SGDĐT", "19/02/2024");

        // Trường THPT Lắk (seed 001): started from plan 19; the school words each item for itself.
        Plan school = plans.create(system, lak, String.valueOf(YEAR), String.valueOf(nineteen.id()));
        plans.updateText(system, lak, school.id(), "0", "Kế hoạch truyền thông về giáo dục và đào tạo năm 2024",
                "Chủ động thông tin phù hợp, kịp thời về các hoạt động, chỉ đạo điều hành, chủ trương, chính sách, pháp luật về giáo dục tới học sinh, "
                        + "giáo viên, cán bộ quản lý giáo dục, người dân và toàn xã hội.\n"
                        + "Truyền thông các kết quả nổi bật về giáo dục, các tấm gương người tốt việc tốt đến toàn xã hội.\n"
                        + "Truyền thông định hướng dư luận; đấu tranh với những quan điểm sai trái, những thông tin không đúng về nhà trường, ngành GDĐT.\n"
                        + "Nhận diện và xử lý các vấn đề truyền thông, ngăn chặn và xử lý sự cố truyền thông.",
                "Kế hoạch số 141/KH-BGDĐT ngày 05/02/2024 của Bộ Giáo dục và Đào tạo về truyền thông về giáo dục và đào tạo năm 2024\n"
                        + basisOf(school));
        for (Appendix.Line l : reads.appendix(reads.plan(lakId, school.id()).orElseThrow()).lines()) {
            String[] own = lakWording(row(l.item().topic()).topic());
            adapt(system, lak, school.id(), l, own[0], own[1], "Đoàn trường; Ban đại diện cha mẹ học sinh", false, List.of(), own[2]);
        }
        PlanGroup second = reads.appendix(reads.plan(lakId, school.id()).orElseThrow()).sections().get(1).group();
        appendix.addItem(system, lak, school.id(), input(second.id(), "Tuyên truyền kết quả thực hiện nhiệm vụ học kỳ II năm học 2023-2024 và học "
                + "kỳ I năm học 2024-2025; kết quả các phong trào thi đua, các cuộc vận động của ngành", "NEWS", "tin bài trên trang web và trang "
                + "facebook của trường", "Ban truyền thông nhà trường", null, false, "34", null, null, null));
        appendix.addItem(system, lak, school.id(), input(second.id(), "Tuyên truyền về các hoạt động hè năm 2024 và chuẩn bị cho năm học mới "
                + "2024-2025", "SOCIAL_POST", "trang facebook của trường", "Đoàn trường", null, false, "3", null, null, null));
        Plan lakPlan = issue(system, lak, school.id(), "25/KH-THPTL", "01/03/2024");

        // Sở Bà Rịa - Vũng Tàu (seed 002): started from 141 with each item as the Sở's appendix words it.
        Plan brvtPlan = plans.create(system, brvt, String.valueOf(YEAR), String.valueOf(ministry.id()));
        plans.updateText(system, brvt, brvtPlan.id(), "0", "Kế hoạch thực hiện công tác truyền thông chính sách và truyền thông giáo dục và đào tạo năm 2024",
                "Triển khai hiệu quả công tác truyền thông chính sách, tạo sự đồng thuận của Nhân dân đối với các chủ trương, chính sách về GDĐT.\n"
                        + "Nâng cao chất lượng hoạt động cổng thông tin điện tử ngành Giáo dục; thông tin kịp thời, đầy đủ, chính xác.",
                basisOf(brvtPlan) + "\nKế hoạch số 140/KH-BGDĐT ngày 05/02/2024 của Bộ Giáo dục và Đào tạo về triển khai thực hiện Chỉ thị 07/CT-TTg\n"
                        + "Kế hoạch số 08/KH-UBND ngày 08/01/2024 của Ủy ban nhân dân tỉnh về công tác truyền thông chính sách trên địa bàn tỉnh\n"
                        + "Công văn số 2045/UBND-VP ngày 22/02/2024 của Ủy ban nhân dân tỉnh");
        for (Appendix.Line l : reads.appendix(reads.plan(brvtId, brvtPlan.id()).orElseThrow()).lines()) {
            Row r = row(l.item().topic());
            adapt(system, brvt, brvtPlan.id(), l, l.item().topic(), r.soLead(), SO_PARTNERS, r.schools(), List.of(), null);
        }
        brvtPlan = issue(system, brvt, brvtPlan.id(), "36/KH-SGDĐT", "26/02/2024");
        return new Seeded(ministry.id(), nineteen.id(), lakPlan.id(), brvtPlan.id());
    }

    /** THPT Lắk's 2024 plan (seed 001), for the demo of its progress. */
    public Optional<Long> lakPlanId(long lakId) {
        return reads.planOfYear(lakId, YEAR).map(Plan::id);
    }

    private String basisOf(Plan plan) {
        return plan.legalBasis() == null ? "" : plan.legalBasis();
    }

    private Plan issue(Actor actor, UnitRef unit, long planId, String symbol, String date) {
        plans.submit(actor, unit, planId);
        return plans.issue(actor, unit, planId, symbol, date);
    }

    private static Row row(String topic) {
        return ROWS.stream().filter(r -> topic.startsWith(r.topic() + ":")).findFirst().orElse(ROWS.get(0));
    }

    /** The school's own words for an item of the Sở, from seed 001: topic, lead, product note. */
    private static String[] lakWording(String topic) {
        return switch (topic) {
            case "Truyền thông chính sách" -> new String[]{"Tuyên truyền chủ trương, đường lối của Đảng, chính sách và pháp luật của Nhà nước về "
                    + "GDĐT; chỉ đạo của Bộ GDĐT, Tỉnh ủy, UBND tỉnh, Sở GDĐT; thực hiện Chương trình giáo dục phổ thông 2018", "Ban truyền thông nhà trường",
                    "tin bài trên trang web của trường"};
            case "Giáo dục phổ thông" -> new String[]{"Tuyên truyền tuyển sinh lớp 10 năm học 2024-2025 và thực hiện Chương trình GDPT 2018 ở lớp 10, "
                    + "lớp 11", "Tổ Văn phòng", "infographic, tin bài"};
            case "Kỳ thi tốt nghiệp THPT năm 2024" -> new String[]{"Tuyên truyền Kỳ thi tốt nghiệp THPT năm 2024: quy chế, lịch thi, lưu ý cho thí "
                    + "sinh của trường", "Ban giám hiệu", "tin bài, thông báo trên trang web và facebook"};
            case "Bảo đảm an toàn trường học" -> new String[]{"Tuyên truyền xây dựng trường học an toàn, phòng chống tai nạn thương tích, dịch bệnh",
                    "Đoàn trường", "tin bài, sinh hoạt dưới cờ"};
            case "Tăng cường ứng dụng CNTT và chuyển đổi số" -> new String[]{"Tuyên truyền cải cách thủ tục hành chính và chuyển đổi số của nhà trường",
                    "Tổ Tin học", "infographic"};
            case "Đẩy mạnh công tác thi đua, khen thưởng" -> new String[]{"Biểu dương, tôn vinh tấm gương điển hình của cán bộ, giáo viên, nhân viên và "
                    + "học sinh trong phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”", "Công đoàn trường", "chuyên mục gương "
                    + "người tốt, việc tốt"};
            case "Phòng chống vi phạm pháp luật và tội phạm" -> new String[]{"Tuyên truyền phòng, chống bạo lực học đường, ma túy và vi phạm pháp luật "
                    + "trong học sinh", "Đoàn trường", "sinh hoạt chuyên đề, tờ rơi"};
            case "Triển khai xây dựng văn hóa học đường" -> new String[]{"Tuyên truyền các giá trị truyền thống, lịch sử, văn hóa nhân các ngày lễ lớn, "
                    + "sự kiện lịch sử năm 2024; xây dựng văn hóa học đường", "Đoàn trường", "video, bài viết"};
            default -> new String[]{"Tuyên truyền, phản bác các luận điểm, thông tin sai lệch về chủ trương đổi mới GDĐT trên không gian mạng",
                    "Ban truyền thông nhà trường", "bài đăng trên trang facebook của trường"};
        };
    }

    /** Saves a copied item in the unit's own words, as its plan writer adapts it on the item's page. */
    private void adapt(Actor actor, UnitRef unit, long planId, Appendix.Line l, String topic, String leadText, String partnerText, boolean below,
                       List<Long> partners, String productNote) {
        var i = l.item();
        appendix.updateItem(actor, unit, planId, i.id(), new ItemInput(String.valueOf(i.groupId()), topic, i.productForm().name(),
                productNote != null ? productNote : i.productNote(), "", leadText, partners.stream().map(String::valueOf).toList(), partnerText, below,
                Quarters.of(i.quarters()).stream().map(String::valueOf).toList(), null, null, null, null, String.valueOf(i.parentItemId()), List.of(),
                String.valueOf(i.version())));
    }

    private static ItemInput input(long group, String topic, String form, String note, String leadText, String partnerText, boolean below,
                                   String quarters, String budget, String source, Long parentItem) {
        return new ItemInput(String.valueOf(group), topic, form, note, "", leadText, List.of(), partnerText, below,
                quarters.chars().mapToObj(c -> String.valueOf((char) c)).toList(), null, null, budget, source,
                parentItem == null ? null : String.valueOf(parentItem), List.of(), null);
    }
}
