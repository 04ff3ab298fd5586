package vn.lantoa.reporting.form;

import org.junit.jupiter.api.Test;
import vn.lantoa.platform.web.FieldErrors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly communication report of seed 004, as a form: numbers with ranges, a rule between them, a table of cases. */
class FormDefinitionTest {

    static final FormDefinition MONTHLY = new FormDefinition("Báo cáo công tác truyền thông tháng", List.of(
            new FormSection("tong-hop", "Số liệu trong tháng", false, List.of(
                    new FormField("tin-bai", "Số tin bài đã đăng", FieldType.NUMBER, true, null, 0.0, null, null, RollUp.SUM, "articles.published"),
                    new FormField("tiep-nhan", "Số vụ việc dư luận tiếp nhận", FieldType.NUMBER, true, null, 0.0, null, null, RollUp.SUM, null),
                    new FormField("da-xu-ly", "Số vụ việc đã xử lý", FieldType.NUMBER, true, null, 0.0, null, null, RollUp.SUM, null),
                    new FormField("ty-le-hai-long", "Tỷ lệ phụ huynh hài lòng (%)", FieldType.NUMBER, false, null, 0.0, 100.0, null, RollUp.AVERAGE, null),
                    new FormField("ngay-hop", "Ngày họp Ban truyền thông", FieldType.DATE, false, null, null, null, null, null, null))),
            new FormSection("vu-viec", "Vụ việc dư luận", true, List.of(
                    new FormField("noi-dung", "Nội dung vụ việc", FieldType.TEXT, true, null, null, null, null, null, null),
                    new FormField("nguon", "Nguồn", FieldType.SINGLE_CHOICE, true, null, null, null, List.of("Báo chí", "Mạng xã hội", "Phụ huynh"), null, null),
                    new FormField("ket-qua", "Kết quả xử lý", FieldType.LONG_TEXT, false, null, null, null, null, null, null)))),
            List.of(new CrossFieldRule("da-xu-ly", CrossFieldRule.Comparison.LESS_OR_EQUAL, "tiep-nhan")));

    static Map<String, String> answers(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void aCompleteReportPasses() {
        FieldErrors errors = MONTHLY.validate(answers("tin-bai", "12", "tiep-nhan", "3", "da-xu-ly", "3", "ty-le-hai-long", "92,5",
                "ngay-hop", "20/11/2026", "vu-viec[0].noi-dung", "Phụ huynh phản ánh về khoản thu", "vu-viec[0].nguon", "Phụ huynh"), 1);

        assertThat(errors.hasAny()).isFalse();
    }

    @Test
    void handledCannotExceedReceived() {
        FieldErrors errors = MONTHLY.validate(answers("tin-bai", "12", "tiep-nhan", "2", "da-xu-ly", "5"), 0);

        assertThat(errors.first("da-xu-ly").key()).isEqualTo("report.rule.failed");
        assertThat(errors.first("da-xu-ly").args()).containsExactly("Số vụ việc đã xử lý", "≤", "Số vụ việc dư luận tiếp nhận");
    }

    @Test
    void eachProblemIsReportedNextToItsField() {
        FieldErrors errors = MONTHLY.validate(answers("tin-bai", "mười", "tiep-nhan", "-1", "ty-le-hai-long", "120", "ngay-hop", "31/02/2026",
                "vu-viec[1].nguon", "Tin đồn"), 2);

        assertThat(errors.first("tin-bai").key()).isEqualTo("report.field.notNumber");
        assertThat(errors.first("tiep-nhan").key()).isEqualTo("report.field.belowMin");
        assertThat(errors.first("da-xu-ly").key()).isEqualTo("report.field.required");
        assertThat(errors.first("ty-le-hai-long").args()).containsExactly("100");
        assertThat(errors.first("ngay-hop").key()).isEqualTo("report.field.notDate");
        assertThat(errors.first("vu-viec[0].noi-dung").key()).isEqualTo("report.field.required");
        assertThat(errors.first("vu-viec[1].nguon").key()).isEqualTo("report.field.notChoice");
    }

    @Test
    void numbersAreReadTheVietnameseWay() {
        assertThat(FormDefinition.parseNumber("1.200")).isEqualByComparingTo("1200");
        assertThat(FormDefinition.parseNumber("1,5")).isEqualByComparingTo("1.5");
        assertThat(FormDefinition.parseNumber("1.5")).isEqualByComparingTo("1.5");
        assertThat(FormDefinition.parseNumber("12 000")).isEqualByComparingTo("12000");
        assertThat(FormDefinition.parseNumber("1.234.567,25")).isEqualByComparingTo("1234567.25");
        assertThat(FormDefinition.parseNumber("-3")).isEqualByComparingTo("-3");
        assertThat(FormDefinition.parseNumber("mười")).isNull();
    }

    @Test
    void onlyNumbersRollUp() {
        assertThat(MONTHLY.field("ty-le-hai-long").rollUpOrNone()).isEqualTo(RollUp.AVERAGE);
        assertThat(MONTHLY.field("ngay-hop").rollUpOrNone()).isEqualTo(RollUp.NONE);
    }
}
