package vn.lantoa.demo;

import vn.lantoa.reporting.form.CrossFieldRule;
import vn.lantoa.reporting.form.FieldScope;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.RollUp;

import java.util.List;

/** The report forms of the demo, taken from what the seed documents ask units to report. */
final class DemoForms {

    static final List<String> SOURCES = List.of("Mạng xã hội", "Báo chí", "Phụ huynh, người dân", "Đường dây nóng", "Phản ánh, kiến nghị",
            "Hội nghị, cuộc họp", "Khác");

    private DemoForms() {
    }

    private static FormField number(String key, String label, boolean required, RollUp rollUp, String prefill) {
        return new FormField(key, label, FieldType.NUMBER, required, null, 0.0, null, null, rollUp, prefill);
    }

    private static FormField text(String key, String label, boolean required) {
        return new FormField(key, label, FieldType.TEXT, required, null, null, null, null, null, null);
    }

    /** A column of the table of issues, taken from the unit's public-opinion register for the period. */
    private static FormField fromRegister(String key, String label, boolean required, String prefill) {
        return new FormField(key, label, FieldType.TEXT, required, null, null, null, null, null, prefill);
    }

    private static FormField longText(String key, String label, String help) {
        return new FormField(key, label, FieldType.LONG_TEXT, false, help, null, null, null, null, null);
    }

    private static FormSection opinionCases() {
        return new FormSection("vu_viec", "Vụ việc dư luận trong kỳ", true, List.of(
                fromRegister("noi_dung", "Nội dung vụ việc", true, "OPINION_ISSUE_TITLE"),
                new FormField("nguon", "Nguồn thông tin", FieldType.SINGLE_CHOICE, true, null, null, null, SOURCES, null, "OPINION_ISSUE_SOURCE"),
                fromRegister("cach_xu_ly", "Cách xử lý", false, "OPINION_ISSUE_HANDLING"),
                fromRegister("ket_qua", "Kết quả", false, "OPINION_ISSUE_RESULT")));
    }

    /** Seed 004: each school's monthly report to Phòng GDĐT Hoàng Mai, before the 25th. */
    static FormDefinition schoolMonthly() {
        return new FormDefinition("Báo cáo công tác truyền thông tháng (trường học)", List.of(
                new FormSection("trang_tin", "I. Trang thông tin điện tử", false, List.of(
                        number("tin_bai", "Số tin bài đăng trên trang thông tin của trường", true, RollUp.SUM, "ARTICLES_PUBLISHED"),
                        number("van_ban", "Số văn bản, công khai đăng trên trang", false, RollUp.SUM, "DOCUMENTS_PUBLISHED"),
                        number("tin_gui_phong", "Số tin bài gửi Phòng GDĐT", false, RollUp.SUM, "STORIES_SENT"),
                        number("luot_truy_cap", "Lượt truy cập trang thông tin", false, RollUp.SUM, null))),
                new FormSection("tuyen_truyen", "II. Hoạt động tuyên truyền", false, List.of(
                        number("buoi_tuyen_truyen", "Số buổi tuyên truyền, sinh hoạt chuyên đề", true, RollUp.SUM, null),
                        number("luot_hoc_sinh", "Lượt học sinh tham gia", false, RollUp.SUM, null))),
                new FormSection("y_kien", "III. Tiếp nhận và xử lý ý kiến", false, List.of(
                        number("y_kien_nhan", "Số ý kiến, phản ánh nhận được", true, RollUp.SUM, "FEEDBACK_RECEIVED"),
                        number("y_kien_xu_ly", "Số ý kiến, phản ánh đã xử lý", true, RollUp.SUM, "FEEDBACK_HANDLED"),
                        new FormField("ty_le_hai_long", "Tỷ lệ phụ huynh hài lòng (%)", FieldType.NUMBER, false, "Theo phiếu khảo sát gần nhất.", 0.0, 100.0,
                                null, RollUp.AVERAGE, null))),
                opinionCases(),
                new FormSection("danh_gia", "IV. Đánh giá, đề xuất", false, List.of(
                        longText("danh_gia", "Đánh giá chung", null),
                        longText("de_xuat", "Đề xuất, kiến nghị", null)))),
                List.of(new CrossFieldRule("y_kien_xu_ly", CrossFieldRule.Comparison.LESS_OR_EQUAL, "y_kien_nhan")));
    }

    /** Seed 002: the monthly report on public opinion and how it was handled, to Sở Bà Rịa - Vũng Tàu before the 20th. */
    static FormDefinition publicOpinionMonthly() {
        return new FormDefinition("Báo cáo tình hình dư luận xã hội và kết quả xử lý (hằng tháng)", List.of(
                new FormSection("tong_hop", "I. Tổng hợp", false, List.of(
                        number("so_vu_viec", "Số vụ việc dư luận phát sinh", true, RollUp.SUM, "OPINION_ISSUES_ARISEN"),
                        number("da_xu_ly", "Số vụ việc đã xử lý xong", true, RollUp.SUM, "OPINION_ISSUES_RESOLVED"),
                        number("y_kien_nhan", "Số ý kiến, phản ánh nhận được (bàn tiếp nhận, đường dây nóng)", false, RollUp.SUM, "FEEDBACK_RECEIVED"),
                        number("y_kien_xu_ly", "Số ý kiến, phản ánh đã trả lời, xử lý", false, RollUp.SUM, "FEEDBACK_HANDLED"),
                        number("tin_bao_chi", "Số tin bài báo chí phản ánh về đơn vị", false, RollUp.SUM, null),
                        number("tin_tich_cuc", "Số tin bài tích cực do đơn vị cung cấp", false, RollUp.SUM, "ARTICLES_PUBLISHED"),
                        number("thoi_gian_xu_ly", "Thời gian xử lý lâu nhất (ngày)", false, RollUp.MAX, null))),
                opinionCases(),
                new FormSection("nhan_xet", "II. Nhận xét, đề xuất", false, List.of(longText("nhan_xet", "Nhận xét, đề xuất", null)))),
                List.of(new CrossFieldRule("da_xu_ly", CrossFieldRule.Comparison.LESS_OR_EQUAL, "so_vu_viec"),
                        new CrossFieldRule("y_kien_xu_ly", CrossFieldRule.Comparison.LESS_OR_EQUAL, "y_kien_nhan")));
    }

    /** Seed 002: each unit's communication plan for the year, by 10 March, with the appendix table of activities. */
    static FormDefinition yearlyPlan() {
        List<String> quarters = List.of("Quý I", "Quý II", "Quý III", "Quý IV");
        return new FormDefinition("Kế hoạch công tác truyền thông năm", List.of(
                new FormSection("chung", "I. Thông tin chung", false, List.of(
                        number("so_hoat_dong", "Tổng số hoạt động truyền thông dự kiến", true, RollUp.SUM, null),
                        number("kinh_phi", "Kinh phí dự kiến (triệu đồng)", false, RollUp.SUM, null),
                        text("so_ky_hieu", "Số, ký hiệu kế hoạch", true))),
                new FormSection("hoat_dong", "II. Phụ lục: các hoạt động", true, List.of(
                        text("noi_dung", "Nội dung, chủ đề", true),
                        text("san_pham", "Hình thức, sản phẩm", true),
                        text("chu_tri", "Đơn vị chủ trì", true),
                        new FormField("thoi_gian", "Thời gian thực hiện", FieldType.MULTI_CHOICE, true, null, null, null, quarters, null, null),
                        text("phoi_hop", "Đơn vị phối hợp", false)))),
                List.of());
    }

    /**
     * Each Phòng's monthly report to Sở Hà Nội: the same figures as its schools' reports, so it can start from their
     * roll-up, and its own assessment.
     */
    static FormDefinition districtMonthly() {
        return new FormDefinition("Báo cáo công tác truyền thông tháng (Phòng GDĐT)", List.of(
                new FormSection("so_lieu", "I. Số liệu toàn quận, huyện", false, List.of(
                        number("tin_bai", "Số tin bài đăng trên trang thông tin của trường", true, RollUp.SUM, null),
                        number("buoi_tuyen_truyen", "Số buổi tuyên truyền, sinh hoạt chuyên đề", true, RollUp.SUM, null),
                        number("y_kien_nhan", "Số ý kiến, phản ánh nhận được", true, RollUp.SUM, null),
                        number("y_kien_xu_ly", "Số ý kiến, phản ánh đã xử lý", true, RollUp.SUM, null),
                        own(number("tin_phong", "Số tin bài đăng trên trang thông tin của Phòng", false, RollUp.SUM, "ARTICLES_PUBLISHED")))),
                new FormSection("danh_gia", "II. Đánh giá", false, List.of(longText("danh_gia", "Đánh giá chung, đề xuất", null)))),
                List.of(new CrossFieldRule("y_kien_xu_ly", CrossFieldRule.Comparison.LESS_OR_EQUAL, "y_kien_nhan")), FieldScope.CONSOLIDATED);
    }

    /** Seed 000: every exam site's quick report after each session of the graduation exam, to the Sở's steering committee. */
    static FormDefinition examSession() {
        return new FormDefinition("Báo cáo nhanh tình hình tổ chức buổi thi", List.of(
                new FormSection("so_lieu", "Số liệu buổi thi", false, List.of(
                        number("dang_ky", "Thí sinh đăng ký", true, RollUp.SUM, null),
                        number("co_mat", "Thí sinh có mặt", true, RollUp.SUM, null),
                        number("vang", "Thí sinh vắng", true, RollUp.SUM, null),
                        number("vi_pham", "Thí sinh vi phạm quy chế", true, RollUp.SUM, null),
                        number("su_co", "Sự cố bất thường", true, RollUp.SUM, null))),
                new FormSection("ghi_chu", "Ghi chú", false, List.of(longText("ghi_chu", "Tình hình chung, sự cố và cách xử lý", null)))),
                List.of(new CrossFieldRule("co_mat", CrossFieldRule.Comparison.LESS_OR_EQUAL, "dang_ky"),
                        new CrossFieldRule("vang", CrossFieldRule.Comparison.LESS_OR_EQUAL, "dang_ky")));
    }

    /** Seed 002: a rapid report of an unusual incident, at once, to Sở Bà Rịa - Vũng Tàu. */
    static FormDefinition incident() {
        return new FormDefinition("Báo cáo nhanh sự việc bất thường", List.of(
                new FormSection("su_viec", "Sự việc", false, List.of(
                        text("dia_diem", "Địa điểm", true),
                        longText("noi_dung", "Diễn biến sự việc", null),
                        longText("xu_ly", "Biện pháp đã xử lý ban đầu", null),
                        number("nguoi_bi_thuong", "Số người bị thương", false, RollUp.SUM, null),
                        new FormField("bao_chi", "Báo chí, mạng xã hội đã đưa tin", FieldType.SINGLE_CHOICE, true, null, null, null,
                                List.of("Chưa", "Có, trên mạng xã hội", "Có, trên báo chí"), null, null),
                        longText("de_xuat", "Đề xuất, kiến nghị", null)))),
                List.of());
    }

    /** Each Sở's monthly report to the ministry, before the 20th. */
    static FormDefinition provinceMonthly() {
        return new FormDefinition("Báo cáo công tác truyền thông tháng (Sở GDĐT)", List.of(
                new FormSection("so_lieu", "I. Số liệu", false, List.of(
                        own(number("tin_bai", "Số tin bài đăng trên cổng thông tin của Sở", true, RollUp.SUM, "ARTICLES_PUBLISHED")),
                        own(number("van_ban", "Số văn bản chỉ đạo về truyền thông ban hành", false, RollUp.SUM, "DOCUMENTS_PUBLISHED")),
                        number("hoat_dong", "Số hoạt động truyền thông tổ chức", true, RollUp.SUM, null),
                        number("vu_viec", "Số vụ việc dư luận phát sinh", true, RollUp.SUM, null),
                        number("da_xu_ly", "Số vụ việc đã xử lý", true, RollUp.SUM, null),
                        new FormField("ty_le_website", "Tỷ lệ trường có trang thông tin điện tử (%)", FieldType.NUMBER, false, null, 0.0, 100.0, null,
                                RollUp.AVERAGE, null))),
                new FormSection("danh_gia", "II. Đánh giá", false, List.of(longText("danh_gia", "Đánh giá chung, khó khăn, đề xuất", null)))),
                List.of(new CrossFieldRule("da_xu_ly", CrossFieldRule.Comparison.LESS_OR_EQUAL, "vu_viec")), FieldScope.CONSOLIDATED);
    }

    /** A number that is the reporting unit's own activity (its own site's articles), in a form that otherwise consolidates. */
    private static FormField own(FormField f) {
        return new FormField(f.key(), f.label(), f.type(), f.required(), f.help(), f.min(), f.max(), f.choices(), f.rollUp(), f.prefill(), f.decimals(),
                FieldScope.OWN);
    }
}
