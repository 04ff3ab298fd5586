package vn.lantoa.platform.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The sanitizer's allowlist against a corpus of XSS payloads, and what editors' formatting keeps. */
class SafeHtmlTest {

    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final List<String> FORBIDDEN_ELEMENTS = List.of("script", "style", "object", "embed", "form", "input", "button", "svg", "math",
            "base", "meta", "link", "video", "audio", "source", "details", "template", "noscript", "marquee", "isindex", "xss", "html");

    static List<String> payloads() throws IOException {
        try (InputStream in = SafeHtmlTest.class.getResourceAsStream("/xss-corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadOfTheCorpusKeepsAnythingThatRuns(String payload) {
        String clean = SafeHtml.sanitize(payload);
        Document doc = Jsoup.parseBodyFragment(clean);

        for (String name : FORBIDDEN_ELEMENTS) {
            assertThat(doc.body().select(name)).as(name + " in " + clean).isEmpty();
        }
        assertThat(doc.body().select("body")).as("a body inside the content: " + clean).hasSize(1);
        for (Element e : doc.body().getAllElements()) {
            e.attributes().forEach(a -> {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as(clean).doesNotStartWith("on").isNotIn("srcdoc", "formaction", "background");
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertThat(value).as(clean).doesNotContain("javascript:").doesNotContain("vbscript:").doesNotContain("data:")
                        .doesNotContain("expression(");
            });
        }
        for (Element iframe : doc.select("iframe")) {
            assertThat(iframe.attr("src")).as(clean).matches("^https://www\\.(youtube|youtube-nocookie)\\.com/embed/.*");
        }
        assertThat(EVENT_ATTRIBUTE.matcher(clean).find()).as(clean).isFalse();
    }

    @Test
    void wordFormattingPastedByEditorsIsKept() {
        String pasted = "<h2>Kế hoạch</h2><p><strong>Mục tiêu</strong> và <em>yêu cầu</em></p><ul><li>Một</li><li>Hai</li></ul>"
                + "<ol start=\"3\"><li>Ba</li></ol><table><thead><tr><th scope=\"col\">Lớp</th></tr></thead><tbody><tr><td colspan=\"2\">6A</td></tr></tbody></table>"
                + "<p style=\"text-align: center\">Giữa</p>";

        Document doc = Jsoup.parseBodyFragment(SafeHtml.sanitize(pasted));

        assertThat(doc.select("h2").text()).isEqualTo("Kế hoạch");
        assertThat(doc.select("strong").text()).isEqualTo("Mục tiêu");
        assertThat(doc.select("ul li")).hasSize(2);
        assertThat(doc.select("ol").attr("start")).isEqualTo("3");
        assertThat(doc.select("td").attr("colspan")).isEqualTo("2");
        assertThat(doc.select("p[style]").attr("style")).contains("text-align:center");
    }

    @Test
    void aYoutubeVideoStaysAndOtherFramesGo() {
        String html = "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" allowfullscreen></iframe>"
                + "<iframe src=\"https://maps.example/embed\"></iframe>";

        Document doc = Jsoup.parseBodyFragment(SafeHtml.sanitize(html));

        assertThat(doc.select("iframe")).hasSize(1);
        assertThat(doc.select("iframe").attr("src")).isEqualTo("https://www.youtube.com/embed/dQw4w9WgXcQ");
    }

    @Test
    void aHeadingOneBecomesAHeadingTwoAndLinksGetNoopener() {
        Document doc = Jsoup.parseBodyFragment(SafeHtml.sanitize("<h1>Tiêu đề</h1><a href=\"https://moet.gov.vn\">Bộ</a>"));

        assertThat(doc.select("h1")).isEmpty();
        assertThat(doc.select("h2").text()).isEqualTo("Tiêu đề");
        assertThat(doc.select("a").attr("rel")).contains("noopener");
    }
}
