package vn.lantoa.reporting.send;

import org.junit.jupiter.api.Test;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.PrefillSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How register entries land in a report's table of issues, without a server. */
class PrefillTableTest {

    @Test
    void aCountFillsANumberOutsideATableAndARegisterColumnFillsATextColumnOfOne() {
        assertThat(PrefillSource.FEEDBACK_RECEIVED.fits(FieldType.NUMBER, false)).isTrue();
        assertThat(PrefillSource.FEEDBACK_RECEIVED.fits(FieldType.NUMBER, true)).isFalse();
        assertThat(PrefillSource.OPINION_ISSUE_TITLE.fits(FieldType.TEXT, true)).isTrue();
        assertThat(PrefillSource.OPINION_ISSUE_SOURCE.fits(FieldType.SINGLE_CHOICE, true)).isTrue();
        assertThat(PrefillSource.OPINION_ISSUE_TITLE.fits(FieldType.TEXT, false)).isFalse();
        assertThat(PrefillSource.OPINION_ISSUE_TITLE.fits(FieldType.NUMBER, true)).isFalse();
    }

    @Test
    void aSourceIsMatchedToTheFormsChoiceWithoutToneMarksOrFallsBackToKhac() {
        List<String> choices = List.of("Mạng xã hội", "Báo chí", "Khác");
        assertThat(Prefill.choice(choices, "mang xa hoi")).isEqualTo("Mạng xã hội");
        assertThat(Prefill.choice(choices, "Hội nghị, cuộc họp")).isEqualTo("Khác");
        assertThat(Prefill.choice(List.of("Mạng xã hội", "Báo chí"), "Hội nghị, cuộc họp")).isNull();
    }

    @Test
    void takingTheFiguresAgainReplacesTheFedTableAndTheNumbersButKeepsWhatWasTypedElsewhere() {
        FormDefinition form = new FormDefinition("Báo cáo", List.of(
                new FormSection("so", "Số liệu", false, List.of(
                        new FormField("nhan", "Nhận", FieldType.NUMBER, true, null, 0.0, null, null, null, "FEEDBACK_RECEIVED"),
                        new FormField("ghi_chu", "Ghi chú", FieldType.TEXT, false, null, null, null, null, null, null))),
                new FormSection("vu_viec", "Vụ việc", true, List.of(
                        new FormField("noi_dung", "Nội dung", FieldType.TEXT, true, null, null, null, null, null, "OPINION_ISSUE_TITLE")))),
                List.of());
        Map<String, String> typed = Map.of("nhan", "9", "ghi_chu", "Tự ghi", "vu_viec[0].noi_dung", "Cũ", "vu_viec[1].noi_dung", "Cũ nữa");

        Map<String, String> refilled = Prefill.refilled(form, typed, Map.of("nhan", "2", "vu_viec[0].noi_dung", "Mới"));

        assertThat(refilled).containsOnly(Map.entry("nhan", "2"), Map.entry("ghi_chu", "Tự ghi"), Map.entry("vu_viec[0].noi_dung", "Mới"));
        assertThat(Prefill.refilled(form, typed, Map.of("nhan", "0"))).as("no issue this month: the typed table stays")
                .containsEntry("vu_viec[1].noi_dung", "Cũ nữa");
    }
}
