package vn.lantoa.platform.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaTextTest {

    @Test
    void textStartingLikeAFormulaIsRecognisedAndNeutralisedForCsv() {
        for (String s : new String[]{"=1+1", "+84 912", "-2+3", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertThat(FormulaText.startsLikeFormula(s)).as(s).isTrue();
            assertThat(FormulaText.neutralised(s)).isEqualTo("'" + s);
        }
        for (String s : new String[]{"Trường THCS Tân Mai", "0262 3852 156", "", "a=b", "'=already text"}) {
            assertThat(FormulaText.startsLikeFormula(s)).as(s).isFalse();
            assertThat(FormulaText.neutralised(s)).isEqualTo(s);
        }
        assertThat(FormulaText.startsLikeFormula(null)).isFalse();
    }

    @Test
    void cleanedTextIsComposed() {
        String nfd = Normalizer.normalize("  Trường   Mầm non Hướng Dương ", Normalizer.Form.NFD);

        assertThat(VietnameseText.squish(nfd)).isEqualTo("Trường Mầm non Hướng Dương");
        assertThat(VietnameseText.multiline(nfd + "\r\nĐắk Lắk")).isEqualTo("Trường   Mầm non Hướng Dương \nĐắk Lắk");
        assertThat(VietnameseText.composed(null)).isNull();
    }
}
