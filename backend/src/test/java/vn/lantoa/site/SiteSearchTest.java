package vn.lantoa.site;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.disclosure.DisclosureService;
import vn.lantoa.disclosure.Requirement;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.unit.Unit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public site's search: tone marks, punctuation and spacing of what is typed do not decide what is found. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteSearchTest {

    @Inject
    vn.lantoa.testing.TestClock clock;
    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    DisclosureService disclosure;
    @Inject
    UnitRefRepository refs;

    Fixtures.World world;
    Unit school;
    Browser visitor;

    @BeforeAll
    void world() {
        world = fixtures.world();
        var system = fixtures.actor(world.platformAdmin());
        school = fixtures.unit(system, world.d().id(), "Trường Tiểu học Tìm Kiếm " + world.tag(), UnitType.SCHOOL, SchoolLevel.TH);
        String year = Requirement.FEES.previousPeriod(clock.today());
        disclosure.publish(system, refs.findById(school.id()).orElseThrow(),
                new DisclosureService.Form("FEES", year, "Mức thu năm học " + year, "Thu theo Nghị quyết của Hội đồng nhân dân tỉnh.", null));
        fixtures.published(world, school.id(), ArticleKind.NEWS, "Hội nghị giáo dục tỉnh Đắk Lắk",
                "<p>Sở GDĐT Đắk Lắk tổ chức hội nghị tổng kết năm học.</p>");
        fixtures.published(world, school.id(), ArticleKind.NEWS, "Giao lưu với trường bạn ở Hochiminh",
                "<p>Đoàn học sinh giao lưu.</p>");
        visitor = new Browser(server.getURI());
    }

    List<String> titlesFound(String typed) {
        Page page = visitor.get("/" + school.slug() + "/tim-kiem?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertThat(page.status()).as(typed).isEqualTo(200);
        return page.doc().select(".search-hits h2").eachText();
    }

    @Test
    void aCongKhaiItemIsFoundByWhatItIsAbout() {
        Page found = visitor.get("/" + school.slug() + "/tim-kiem?q=" + URLEncoder.encode("học phí", StandardCharsets.UTF_8));

        assertThat(found.doc().select(".search-hits li").text()).contains("Mức thu năm học").contains("Công khai");
        assertThat(found.doc().select(".search-hits h2 a").attr("href")).endsWith("/cong-khai#fees");
        assertThat(visitor.get("/" + school.slug() + "/cong-khai").doc().select("li#fees").text()).contains("Mức thu năm học");
    }

    @Test
    void punctuationAroundTheWordsFindsTheSameAsTheWords() {
        List<String> plain = titlesFound("học phí");

        assertThat(plain).isNotEmpty();
        for (String typed : List.of("học phí,", "\"học phí\"", "“học phí”", "học, phí.", "'hoc phi'", "(hoc phi)!?", "học phí;")) {
            assertThat(titlesFound(typed)).as(typed).isEqualTo(plain);
        }
    }

    @Test
    void oddQueriesAnswerAPageNotAnError() {
        for (String typed : List.of(",", "\"\"", "%", "_", "\\", "'; DROP TABLE article; --", "💥", "a".repeat(3000), "=1+1")) {
            Page page = visitor.get("/" + school.slug() + "/tim-kiem?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertThat(page.status()).as(typed).isEqualTo(200);
        }
    }

    @Test
    void wordsWrittenTogetherFindTheWordsWrittenApart() {
        List<String> apart = titlesFound("dak lak");

        assertThat(apart).contains("Hội nghị giáo dục tỉnh Đắk Lắk");
        assertThat(titlesFound("daklak")).isEqualTo(apart);
        assertThat(titlesFound("ĐăkLăk")).isEqualTo(apart);
        assertThat(titlesFound("ho chi minh")).contains("Giao lưu với trường bạn ở Hochiminh");
    }

    @Test
    void aQueryTypedDecomposedIsShownComposedAndFindsTheSame() {
        String nfd = Normalizer.normalize("Đắk Lắk", Normalizer.Form.NFD);
        Page page = visitor.get("/" + school.slug() + "/tim-kiem?q=" + URLEncoder.encode(nfd, StandardCharsets.UTF_8));

        assertThat(page.doc().select("input[name=q]").attr("value").getBytes(StandardCharsets.UTF_8))
                .isEqualTo("Đắk Lắk".getBytes(StandardCharsets.UTF_8));
        assertThat(page.doc().select(".search-hits h2").eachText()).isEqualTo(titlesFound("dak lak"));
    }

    @Test
    void wordsMatchWholeSyllablesWithoutToneMarks() {
        String folded = VietnameseText.fold("Tuyên truyền an toàn giao thông tại Trường THCS Tân Mai");

        assertThat(SearchQuery.parse("an toan giao thong").find(folded)).isPresent();
        assertThat(SearchQuery.parse("Tân").find(folded)).isPresent();
        assertThat(SearchQuery.parse("an").find(VietnameseText.fold("Học sinh được hướng dẫn"))).isEmpty();
    }

    @Test
    void joinedWordsAreFoundAsTheTextWritesThem() {
        String folded = VietnameseText.fold("Sở GDĐT Đắk Lắk và Sở GDĐT Bà Rịa - Vũng Tàu");

        assertThat(SearchQuery.parse("daklak").find(folded)).contains(List.of("dak lak"));
        assertThat(SearchQuery.parse("bariavungtau").find(folded)).contains(List.of("ba ria vung tau"));
        assertThat(SearchQuery.parse("dak lak edu").find(VietnameseText.fold("cổng daklak.edu.vn"))).contains(List.of("daklak", "edu"));
        assertThat(SearchQuery.parse("daknong").find(folded)).isEmpty();
    }

    @Test
    void theSnippetMarksTheWordsWhereTheyStandInTheOriginalText() {
        var fragments = SiteSearch.snippet("Kỳ thi tốt nghiệp THPT năm 2024 diễn ra an toàn.", List.of("ky", "thi", "tot", "nghiep"));

        assertThat(fragments).filteredOn(SitePages.Fragment::match).extracting(SitePages.Fragment::text).containsExactly("Kỳ", "thi", "tốt", "nghiệp");
        assertThat(String.join("", fragments.stream().map(SitePages.Fragment::text).toList())).isEqualTo("Kỳ thi tốt nghiệp THPT năm 2024 diễn ra an toàn.");
    }

    @Test
    void likeWildcardsAndPunctuationInAQueryAreNotWords() {
        assertThat(SearchQuery.parse("100% _ \\ \"học phí\",").words()).containsExactly("100", "hoc", "phi");
        assertThat(SearchQuery.parse(",;\"'").isEmpty()).isTrue();
    }
}
