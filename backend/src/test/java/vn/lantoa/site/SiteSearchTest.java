package vn.lantoa.site;

import org.junit.jupiter.api.Test;
import vn.lantoa.platform.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

class SiteSearchTest {

    @Test
    void wordsMatchWholeSyllablesWithoutToneMarks() {
        String folded = VietnameseText.fold("Tuyên truyền an toàn giao thông tại Trường THCS Tân Mai");

        assertThat(SiteSearch.containsAll(folded, SiteSearch.words("an toan giao thong"))).isTrue();
        assertThat(SiteSearch.containsAll(folded, SiteSearch.words("Tân"))).isTrue();
        assertThat(SiteSearch.containsAll(VietnameseText.fold("Học sinh được hướng dẫn"), SiteSearch.words("an"))).isFalse();
    }

    @Test
    void theSnippetMarksTheWordsWhereTheyStandInTheOriginalText() {
        var fragments = SiteSearch.snippet("Kỳ thi tốt nghiệp THPT năm 2024 diễn ra an toàn.", SiteSearch.words("ky thi tot nghiep"));

        assertThat(fragments).filteredOn(SitePages.Fragment::match).extracting(SitePages.Fragment::text).containsExactly("Kỳ", "thi", "tốt", "nghiệp");
        assertThat(String.join("", fragments.stream().map(SitePages.Fragment::text).toList())).isEqualTo("Kỳ thi tốt nghiệp THPT năm 2024 diễn ra an toàn.");
    }

    @Test
    void likeWildcardsInAQueryAreNotWildcards() {
        assertThat(SiteSearch.words("100% _ \\")).containsExactly("100");
    }
}
