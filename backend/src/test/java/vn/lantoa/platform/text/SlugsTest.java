package vn.lantoa.platform.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @ParameterizedTest
    @CsvSource({
            "Trường THPT Lắk, thpt-lak",
            "Sở Giáo dục và Đào tạo Đắk Lắk, so-giao-duc-va-dao-tao-dak-lak",
            "Phòng GDĐT quận Hoàng Mai, phong-gddt-quan-hoang-mai",
            "Trường Mầm non Hoa Mai, mam-non-hoa-mai",
            "'  Trường   Tiểu học  Đại Kim!!  ', tieu-hoc-dai-kim",
            "Trường, truong",
    })
    void unitSlugsDropToneMarksAndTheWordTruong(String name, String slug) {
        assertThat(Slugs.forUnitName(name)).isEqualTo(slug);
    }

    @Test
    void slugsAreCutAtEightyCharactersWithoutATrailingDash() {
        String slug = Slugs.slugify("Trường " + "Trung học cơ sở Nguyễn Văn Trỗi ".repeat(6));
        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(slug).doesNotEndWith("-");
    }

    @ParameterizedTest
    @CsvSource({"thpt-lak, true", "a, false", "-abc, false", "abc-, false", "ab--c, false", "ĐắkLắk, false", "UPPER, false", "so-1, true"})
    void onlyLowercaseAsciiWordsJoinedByDashesAreValid(String slug, boolean valid) {
        assertThat(Slugs.isValid(slug)).isEqualTo(valid);
    }

    @Test
    void foldingFindsVietnameseTextTypedWithoutToneMarks() {
        assertThat(VietnameseText.fold("Kỳ thi tốt nghiệp THPT Đắk Lắk")).isEqualTo("ky thi tot nghiep thpt dak lak");
    }

    @Test
    void squishDropsControlCharactersAndCollapsesSpaces() {
        assertThat(VietnameseText.squish(" a\u0000b \t\n c ")).isEqualTo("ab c");
    }
}
