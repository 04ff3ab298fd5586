package vn.lantoa.press.monitoring;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Media monitoring's pages: the desk adds and edits clippings, lists them by day with filters, sends them up, opens issues. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClippingTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;

    Fixtures.World w;
    User spokesperson;
    Browser desk;

    @BeforeAll
    void world() {
        clock.runFrom(LocalDateTime.of(2026, 11, 20, 10, 0));
        w = fixtures.world();
        spokesperson = fixtures.member(w.a(), Role.SPOKESPERSON, "phat-ngon", w.tag());
        desk = new Browser(server.getURI()).signIn(spokesperson.email(), Fixtures.PASSWORD);
    }

    String base(long unitId) {
        return "/admin/u/" + unitId + "/press/clippings";
    }

    static List<Map.Entry<String, String>> form(String... pairs) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            f.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return f;
    }

    long add(Browser who, long unitId, String title, String outlet, String kind, String day, String tone, String... topics) {
        List<Map.Entry<String, String>> f = form("url", "https://baodaklak.example.vn/" + Math.abs(title.hashCode()), "title", title,
                "outletName", outlet, "outletKind", kind, "publishedOn", day, "tone", tone, "unitIds", String.valueOf(unitId));
        for (String t : topics) {
            f.add(Map.entry("topics", t));
        }
        Page created = who.post(base(unitId), f);
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
    }

    @Test
    void theSpokespersonAddsAClippingAndTheUnitsMembersSeeItOnItsDayWithItsToneTopicsAndUnits() {
        assertThat(desk.get(base(w.a().id()) + "/new").status()).isEqualTo(200);
        long id = add(desk, w.a().id(), "Trường An Bình tổ chức ngày hội đọc sách " + w.tag(), "Báo Đắk Lắk", "ONLINE", "18/11/2026", "POSITIVE",
                "KHAC", "CO_SO_VAT_CHAT");

        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        Document one = viewer.get(base(w.a().id()) + "/" + id).doc();
        assertThat(one.select("#clipping-title").text()).contains("Trường An Bình tổ chức ngày hội đọc sách");
        assertThat(one.select("#clipping-tone").text()).isEqualTo("Tích cực");
        assertThat(one.select("#clipping-outlet").text()).isEqualTo("Báo Đắk Lắk (Báo điện tử)");
        assertThat(one.select("#clipping-date").text()).isEqualTo("18/11/2026");
        assertThat(one.select("#clipping-topics").text()).contains("Cơ sở vật chất");
        assertThat(one.select("#clipping-units").text()).contains(w.a().name());
        assertThat(one.select("#clipping-actions")).as("a viewer reads only").isEmpty();
        Document list = viewer.get(base(w.a().id())).doc();
        assertThat(list.select("section[data-day=2026-11-18] tr[data-clipping=" + id + "]")).hasSize(1);
        assertThat(list.select("#new-clipping")).isEmpty();
        assertThat(Db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'press.clipping.create' AND entity_id = ?", String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void theListFiltersByToneTopicOutletAndDays() {
        Fixtures.World v = fixtures.world();
        Browser admin = new Browser(server.getURI()).signIn(v.adminA().email(), Fixtures.PASSWORD);
        long a = v.a().id();
        long positive = add(admin, a, "Khen thưởng học sinh giỏi", "Báo Đắk Lắk", "ONLINE", "02/11/2026", "POSITIVE", "KHAC");
        long negative = add(admin, a, "Phản ánh lạm thu", "Nhóm phụ huynh", "SOCIAL", "05/11/2026", "NEGATIVE", "HOC_PHI");
        long neutral = add(admin, a, "Lịch thi học kỳ", "Giáo dục & Thời đại", "ONLINE", "10/11/2026", "NEUTRAL", "THI_CU", "HOC_PHI");

        assertThat(ids(admin.get(base(a)).doc())).containsExactly(neutral, negative, positive);
        assertThat(ids(admin.get(base(a) + "?tone=NEGATIVE").doc())).containsExactly(negative);
        assertThat(ids(admin.get(base(a) + "?topic=HOC_PHI").doc())).containsExactly(neutral, negative);
        assertThat(ids(admin.get(base(a) + "?outlet=B%C3%A1o+%C4%90%E1%BA%AFk+L%E1%BA%AFk").doc())).containsExactly(positive);
        assertThat(ids(admin.get(base(a) + "?from=03/11/2026&to=2026-11-10").doc())).containsExactly(neutral, negative);
        Document none = admin.get(base(a) + "?from=11/11/2026").doc();
        assertThat(none.select("#no-clippings").text()).isEqualTo("Không có tin, bài nào khớp bộ lọc.");
        assertThat(admin.get(base(a) + "?from=x&tone=%3Cscript%3E&topic=zz&outlet=khong-co&page=-5").status()).as("junk filters are no filters")
                .isEqualTo(200);
    }

    static List<Long> ids(Document doc) {
        return doc.select("tr[data-clipping]").eachAttr("data-clipping").stream().map(Long::parseLong).toList();
    }

    @Test
    void badAndHostileInputIsNamedNextToEachFieldAndNothingIsStored() {
        long before = Db.count("SELECT COUNT(*) FROM press_clipping WHERE unit_id = ?", w.a().id());

        Page bad = desk.post(base(w.a().id()), form("url", "javascript:alert(1)", "title", " ", "outletName", "", "outletKind", "TIVI",
                "publishedOn", "21/11/2026", "tone", "", "topics", "NOPE", "unitIds", String.valueOf(w.b().id()), "reach", "-3"));

        assertThat(bad.status()).isEqualTo(422);
        Document d = bad.doc();
        assertThat(d.select("#e-url").text()).startsWith("Đường dẫn phải bắt đầu bằng http://");
        assertThat(d.select("#e-title").text()).isEqualTo("Vui lòng nhập tiêu đề.");
        assertThat(d.select("#e-outletName").text()).isEqualTo("Vui lòng nhập tên cơ quan báo chí hoặc trang mạng xã hội.");
        assertThat(d.select("#e-outletKind").text()).isEqualTo("Vui lòng chọn loại hình.");
        assertThat(d.select("#e-publishedOn").text()).isEqualTo("Ngày đăng không thể sau hôm nay.");
        assertThat(d.select("#e-tone").text()).isEqualTo("Vui lòng chọn sắc thái.");
        assertThat(d.select("#e-topics").text()).isEqualTo("Lĩnh vực không hợp lệ.");
        assertThat(d.select("#e-reach").text()).isEqualTo("Lượt tiếp cận phải là một số không âm.");
        Page data = desk.post(base(w.a().id()), form("url", "data:text/html,hi", "title", "x", "outletName", "y", "outletKind", "ONLINE",
                "publishedOn", "20/11/2026", "tone", "NEUTRAL"));
        assertThat(data.doc().select("#e-url").text()).startsWith("Đường dẫn phải bắt đầu bằng http://");
        Page elsewhere = desk.post(base(w.a().id()), form("title", "x", "outletName", "y", "outletKind", "ONLINE", "publishedOn", "20/11/2026",
                "tone", "NEUTRAL", "unitIds", String.valueOf(w.b().id())));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.doc().select("#e-unitIds").text()).isEqualTo("Chỉ chọn được đơn vị này và các đơn vị cấp dưới.");
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE unit_id = ?", w.a().id())).isEqualTo(before);

        String hostile = "<script>alert(1)</script><b>Tin</b> javascript:alert(1) " + w.tag();
        long id = add(desk, w.a().id(), hostile, "<img src=x onerror=alert(1)>", "SOCIAL", "19/11/2026", "NEGATIVE");
        Page shown = desk.get(base(w.a().id()) + "/" + id);
        assertThat(shown.body()).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        assertThat(shown.doc().select("#clipping-title").text()).contains(hostile);
    }

    @Test
    void anEditNamesTheVersionItWasMadeFromAndAStaleOneIsRefused() {
        long id = add(desk, w.a().id(), "Tin về lịch nghỉ Tết " + w.tag(), "Báo Đắk Lắk", "ONLINE", "15/11/2026", "NEUTRAL");
        Page form = desk.get(base(w.a().id()) + "/" + id + "/edit");
        assertThat(form.doc().select("input[name=version]").attr("value")).isEqualTo("0");
        List<Map.Entry<String, String>> edit = form("title", "Lịch nghỉ Tết Nguyên đán " + w.tag(), "outletName", "Báo Đắk Lắk", "outletKind", "PRINT",
                "publishedOn", "15/11/2026", "tone", "POSITIVE", "reach", "12.000", "version", "0");

        assertThat(desk.post(base(w.a().id()) + "/" + id, edit).status()).isEqualTo(303);
        Page stale = desk.post(base(w.a().id()) + "/" + id, edit);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.doc().select("#f-version").text()).startsWith("Người khác đã sửa tin, bài này");
        assertThat(Db.one("SELECT reach FROM press_clipping WHERE id = ?", id)).isEqualTo(12000);
        assertThat(Db.one("SELECT tone FROM press_clipping WHERE id = ?", id)).isEqualTo("POSITIVE");
    }

    @Test
    void aSiblingGets404AViewerAndTheUnitAboveGet403AndNothingChanges() {
        long id = add(desk, w.a().id(), "Tin riêng của An Bình " + w.tag(), "Báo Đắk Lắk", "ONLINE", "12/11/2026", "NEGATIVE");
        Browser sibling = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        Browser above = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);

        assertThat(sibling.get(base(w.a().id()) + "/" + id).status()).isEqualTo(404);
        assertThat(sibling.get(base(w.b().id()) + "/" + id).status()).as("its own unit, another's clipping").isEqualTo(404);
        assertThat(sibling.post(base(w.b().id()) + "/" + id + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(viewer.post(base(w.a().id()) + "/" + id + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(viewer.post(base(w.a().id()) + "/" + id + "/register", Map.of()).status()).isEqualTo(403);
        assertThat(above.get(base(w.a().id())).status()).as("the unit above sees what is sent up, in its own list").isEqualTo(403);
        assertThat(above.post(base(w.a().id()) + "/" + id + "/forward", Map.of()).status()).isEqualTo(403);

        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE id = ? AND version = 0 AND opinion_issue_id IS NULL", id)).isEqualTo(1);
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE forwarded_from_id = ?", id)).isZero();
    }

    @Test
    void aClippingSentUpIsCopiedOnceIntoTheParentsListConcerningTheSchool() {
        long id = add(desk, w.a().id(), "Học sinh An Bình đoạt giải quốc gia " + w.tag(), "Giáo dục & Thời đại", "ONLINE", "16/11/2026", "POSITIVE",
                "KHAC");

        Page sent = desk.post(base(w.a().id()) + "/" + id + "/forward", Map.of());
        assertThat(sent.status()).isEqualTo(303);
        assertThat(desk.post(base(w.a().id()) + "/" + id + "/forward", Map.of()).status()).isEqualTo(303);

        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE unit_id = ? AND forwarded_from_id = ?", w.d().id(), id)).isEqualTo(1);
        long copy = Db.count("SELECT id FROM press_clipping WHERE unit_id = ? AND forwarded_from_id = ?", w.d().id(), id);
        assertThat(Db.count("SELECT concerned_unit_id FROM press_clipping_unit WHERE clipping_id = ?", copy)).isEqualTo(w.a().id());
        assertThat(desk.get(base(w.a().id()) + "/" + id).doc().select("#forwarded-to").text()).contains(w.d().name());
        Browser district = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        Document theirs = district.get(base(w.d().id()) + "/" + copy).doc();
        assertThat(theirs.select("#from-below").text()).contains(w.a().name());
        assertThat(district.get(base(w.d().id())).doc().select("tr[data-clipping=" + copy + "] td.stack-title .tag").text()).isEqualTo("Cấp dưới gửi lên");

        // Deleting the school's own leaves the district's copy, which is the district's now.
        assertThat(desk.post(base(w.a().id()) + "/" + id + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE id = ?", id)).isZero();
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE id = ? AND forwarded_from_id IS NULL", copy)).isEqualTo(1);
    }

    @Test
    void aNegativeClippingOpensItsPublicOpinionIssueInOneClickOnceAndOffersToOpenAnIncident() {
        String title = "Clip phụ huynh phản ánh bếp ăn bán trú " + w.tag();
        long id = add(desk, w.a().id(), title, "Nhóm Facebook phụ huynh", "SOCIAL", "17/11/2026", "NEGATIVE", "AN_TOAN");
        Document page = desk.get(base(w.a().id()) + "/" + id).doc();
        assertThat(page.select("#open-incident").attr("href")).isEqualTo("/admin/u/" + w.a().id() + "/press/incidents/new?from=CLIPPING&ref=" + id);

        Page opened = desk.post(base(w.a().id()) + "/" + id + "/register", Map.of());

        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.location()).startsWith("/admin/u/" + w.a().id() + "/desk/register/");
        long issueId = Long.parseLong(opened.location().substring(opened.location().lastIndexOf('/') + 1));
        assertThat(Db.one("SELECT title FROM public_opinion_issue WHERE id = ? AND unit_id = ?", issueId, w.a().id())).isEqualTo(title);
        assertThat(Db.one("SELECT source FROM public_opinion_issue WHERE id = ?", issueId)).isEqualTo("SOCIAL_MEDIA");
        assertThat(Db.one("SELECT link FROM public_opinion_issue WHERE id = ?", issueId)).isEqualTo("https://baodaklak.example.vn/" + Math.abs(title.hashCode()));
        assertThat(Db.one("SELECT first_seen_on FROM public_opinion_issue WHERE id = ?", issueId).toString()).isEqualTo("2026-11-17");
        assertThat(desk.post(base(w.a().id()) + "/" + id + "/register", Map.of()).location()).as("a second click opens the same").isEqualTo(opened.location());
        assertThat(Db.count("SELECT COUNT(*) FROM public_opinion_issue WHERE unit_id = ? AND title = ?", w.a().id(), title)).isEqualTo(1);
        assertThat(desk.get(base(w.a().id()) + "/" + id).doc().select("#open-issue").attr("href")).isEqualTo(opened.location());

        long positive = add(desk, w.a().id(), "Tin vui " + w.tag(), "Báo Đắk Lắk", "ONLINE", "17/11/2026", "POSITIVE");
        Document calm = desk.get(base(w.a().id()) + "/" + positive).doc();
        assertThat(calm.select("#open-incident, #to-register")).as("only negative items").isEmpty();
    }

    @Test
    void pastingALinkToAnInternalAddressReadsNothingAndAsksForTheFieldsByHand() {
        long before = Db.count("SELECT COUNT(*) FROM press_clipping WHERE unit_id = ?", w.a().id());

        Page read = desk.post(base(w.a().id()) + "/read", form("url", "http://169.254.169.254/latest/meta-data/", "publishedOn", "20/11/2026"));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.doc().select("#read-note").text()).startsWith("Lantoa không đọc đường dẫn này");
        assertThat(read.doc().select("#f-url").attr("value")).isEqualTo("http://169.254.169.254/latest/meta-data/");
        Page junk = desk.post(base(w.a().id()) + "/read", form("url", "javascript:alert(1)"));
        assertThat(junk.status()).isEqualTo(422);
        assertThat(junk.doc().select("#e-url").text()).startsWith("Đường dẫn phải bắt đầu bằng http://");
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE unit_id = ?", w.a().id())).isEqualTo(before);
    }
}
