package vn.lantoa.reporting.form;

import org.junit.jupiter.api.Test;
import vn.lantoa.platform.web.FieldErrors;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The numbers a report may hold: exact decimals under 10^15 with at most four decimals, typed as offices type them. */
class ReportNumberTest {

    @Test
    void numbersAreExactDecimalsAsOfficesTypeThem() {
        assertThat(ReportNumber.valueOf("999.999.999.999.999,9999")).isEqualByComparingTo("999999999999999.9999");
        assertThat(ReportNumber.valueOf("-999999999999999.9999")).isEqualByComparingTo("-999999999999999.9999");
        assertThat(ReportNumber.valueOf("0,1")).isEqualByComparingTo("0.1");
        assertThat(ReportNumber.valueOf("12,5000")).isEqualByComparingTo("12.5");
        assertThat(ReportNumber.valueOf("000012")).isEqualByComparingTo("12");
        assertThat(ReportNumber.valueOf("1\u00A0200")).isEqualByComparingTo("1200");
    }

    @Test
    void exponentsSpecialValuesHexAndOtherScriptsAreNotNumbers() {
        for (String text : List.of("1e400", "1E5", "1.5e308", "NaN", "Infinity", "-Infinity", "0x1F", "1_000", "+5", "--5", "5-", "1,2,3", "1.2.3",
                "1.20.000", ",5", "5,", "5.", "", "-", "١٢", "１２", "12 tỷ", "1/2")) {
            assertThat(ReportNumber.parse(text).error()).as(text).isEqualTo("report.field.notNumber");
        }
    }

    @Test
    void numbersOutsideTheRangeSayWhy() {
        assertThat(ReportNumber.parse("1000000000000000").error()).isEqualTo("report.field.tooLarge");
        assertThat(ReportNumber.parse("-1.000.000.000.000.000").error()).isEqualTo("report.field.tooLarge");
        assertThat(ReportNumber.parse("9".repeat(10_000)).error()).isEqualTo("report.field.tooLarge");
        assertThat(ReportNumber.parse("0," + "1".repeat(10_000)).error()).isEqualTo("report.field.tooManyDecimals");
        assertThat(ReportNumber.parse("1,23456").error()).isEqualTo("report.field.tooManyDecimals");
    }

    @Test
    void aMillionDigitsAreReadInOnePass() {
        long start = System.nanoTime();
        assertThat(ReportNumber.parse("7".repeat(1_000_000)).error()).isEqualTo("report.field.tooLarge");
        assertThat(ReportNumber.parse("1.000".repeat(200_000)).error()).isEqualTo("report.field.notNumber");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void aWholeNumberFieldRefusesFractionsAndNegativesUnlessItsRangeAllowsThem() {
        FormField count = new FormField("so_vu", "Số vụ việc", FieldType.NUMBER, true, null, null, null, null, RollUp.SUM, null, 0, null);
        FormField change = new FormField("chenh_lech", "Chênh lệch", FieldType.NUMBER, true, null, -100.0, null, null, RollUp.SUM, null, 0, null);
        FormField rate = new FormField("ty_le", "Tỷ lệ", FieldType.NUMBER, true, null, 0.0, 100.0, null, RollUp.AVERAGE, null, 2, null);
        FormDefinition form = new FormDefinition("Số liệu", List.of(new FormSection("a", "A", false, List.of(count, change, rate))), List.of());

        FieldErrors errors = form.validate(Map.of("so_vu", "2,5", "chenh_lech", "-3", "ty_le", "92,125"));

        assertThat(errors.first("so_vu").key()).isEqualTo("report.field.notWhole");
        assertThat(errors.has("chenh_lech")).isFalse();
        assertThat(errors.first("ty_le").key()).isEqualTo("report.field.tooManyDecimals");
        assertThat(errors.first("ty_le").args()).containsExactly(2);
        assertThat(form.validate(Map.of("so_vu", "-1", "chenh_lech", "0", "ty_le", "92,5")).first("so_vu").key()).isEqualTo("report.field.belowMin");
    }

    @Test
    void aRuleBetweenFieldsComparesExactly() {
        FormField a = new FormField("a", "A", FieldType.NUMBER, true, null, null, null, null, RollUp.SUM, null);
        FormField b = new FormField("b", "B", FieldType.NUMBER, true, null, null, null, null, RollUp.SUM, null);
        FormDefinition form = new FormDefinition("Quy tắc", List.of(new FormSection("s", "S", false, List.of(a, b))),
                List.of(new CrossFieldRule("a", CrossFieldRule.Comparison.LESS_OR_EQUAL, "b")));

        assertThat(form.validate(Map.of("a", "999.999.999.999.999,9999", "b", "999.999.999.999.999,9998")).first("a").key())
                .isEqualTo("report.rule.failed");
        assertThat(form.validate(Map.of("a", "999.999.999.999.999,9998", "b", "999.999.999.999.999,9999")).hasAny()).isFalse();
    }

    @Test
    void aFormCannotAskForARangeOrDecimalsOutsideWhatAReportHolds() {
        FormField huge = new FormField("x", "X", FieldType.NUMBER, true, null, null, 1e300, null, RollUp.SUM, null, 7, null);
        FormField text = new FormField("t", "T", FieldType.TEXT, true, null, null, null, null, null, null, 0, FieldScope.OWN);
        FieldErrors errors = FormCheck.check(new FormDefinition("Biểu mẫu", List.of(new FormSection("s", "S", false, List.of(huge, text))), List.of()));

        assertThat(errors.first("fields[0].max").key()).isEqualTo("report.field.tooLarge");
        assertThat(errors.first("fields[0].decimals").key()).isEqualTo("reportForm.decimalsInvalid");
        assertThat(errors.first("fields[1].type").key()).isEqualTo("reportForm.numberSettingsOnNumbers");
    }
}
