package vn.lantoa.desk.register;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The public-opinion register over HTTP: the desk writes it, the unit reads it, the units above read it across their tree. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;

    Fixtures.World w;
    User officerA;
    Browser officer;
    Api officerApi;

    @BeforeAll
    void world() {
        clock.runFrom(LocalDateTime.of(2026, 11, 20, 10, 0));
        w = fixtures.world();
        officerA = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline-a", w.tag());
        officer = new Browser(server.getURI()).signIn(officerA.email(), Fixtures.PASSWORD);
        officerApi = api(officerA.email());
    }

    Api api(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    String base(long unitId) {
        return "/admin/u/" + unitId + "/desk/register";
    }

    @Test
    void theOfficerRecordsAnIssueLinkedToACaseAndTheCasePageLinksBackToIt() {
        Page logged = officer.post("/admin/u/" + w.a().id() + "/desk/contact", Map.of("at", "18/11/2026 09:00", "channel", "PHONE", "topic", "HOC_PHI",
                "summary", "Phụ huynh gọi hỏi về khoản thu quỹ lớp " + w.tag()));
        assertThat(logged.status()).isEqualTo(303);
        long caseId = Long.parseLong(logged.location().substring(logged.location().lastIndexOf('/') + 1));
        String code = one("SELECT code FROM desk_case WHERE id = ?", caseId);

        assertThat(officer.get(base(w.a().id()) + "/new").status()).isEqualTo(200);
        String title = "Clip phụ huynh phản ánh thu quỹ lớp <script>alert(1)</script> " + w.tag();
        Page created = officer.post(base(w.a().id()), Map.of("title", title, "source", "SOCIAL_MEDIA", "link", "https://facebook.com/bai-dang/1",
                "firstSeenOn", "17/11/2026", "unitIds", String.valueOf(w.a().id()), "severity", "HIGH", "status", "HANDLING",
                "handling", "Gặp phụ huynh, công khai các khoản thu", "caseCodes", code.toLowerCase()));

        assertThat(created.status()).isEqualTo(303);
        String issuePath = created.location();
        Page issue = officer.get(issuePath);
        assertThat(issue.doc().select("#issue-title").text()).contains(title);
        assertThat(issue.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(issue.doc().select("#issue-cases a[href=/admin/u/" + w.a().id() + "/desk/cases/" + caseId + "]").text()).isEqualTo(code);
        assertThat(issue.doc().select("#issue-units").text()).contains(w.a().name());
        assertThat(issue.doc().select("#issue-severity").text()).isEqualTo("Cao");
        assertThat(issue.doc().select("#issue-status").text()).isEqualTo("Đang xử lý");

        Page casePage = officer.get("/admin/u/" + w.a().id() + "/desk/cases/" + caseId);
        assertThat(casePage.doc().select("#case-issues a[href=" + issuePath + "]").text()).isEqualTo(title);
        long issueId = Long.parseLong(issuePath.substring(issuePath.lastIndexOf('/') + 1));
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'register.create' AND entity_id = ? AND unit_id = ?",
                String.valueOf(issueId), w.a().id())).isEqualTo(1);

        Page found = officer.get(base(w.a().id()) + "?q=clip+phu+huynh+thu+quy&month=2026-11&severity=HIGH");
        assertThat(found.doc().select("tr[data-issue=" + issueId + "]")).hasSize(1);
        Page notFound = officer.get(base(w.a().id()) + "?q=clip+phu+huynh&month=2026-10");
        assertThat(notFound.doc().select("tr[data-issue=" + issueId + "]")).isEmpty();
        assertThat(officer.get("/admin/u/" + w.a().id() + "/desk").doc().select("#open-register").attr("href")).isEqualTo(base(w.a().id()));
    }

    @Test
    void badInputIsNamedInVietnameseNextToEachFieldAndNothingIsStored() {
        long before = count("SELECT COUNT(*) FROM public_opinion_issue WHERE unit_id = ?", w.a().id());

        Page bad = officer.post(base(w.a().id()), Map.of("title", "  ", "source", "TIVI", "link", "javascript:alert(1)", "firstSeenOn", "31/02/2026",
                "severity", "", "status", "RESOLVED", "result", "", "caseCodes", "PA-12"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-title").text()).isEqualTo("Vui lòng nhập tên vụ việc.");
        assertThat(bad.doc().select("#e-source").text()).isEqualTo("Vui lòng chọn nguồn thông tin.");
        assertThat(bad.doc().select("#e-link").text()).startsWith("Đường dẫn phải bắt đầu bằng http://");
        assertThat(bad.doc().select("#e-firstSeenOn").text()).isNotEmpty();
        assertThat(bad.doc().select("#e-severity").text()).isEqualTo("Vui lòng chọn mức độ.");
        assertThat(bad.doc().select("#e-result").text()).isEqualTo("Vụ việc đã xử lý xong cần ghi kết quả.");
        assertThat(bad.doc().select("#e-caseCodes").text()).contains("PA-12");
        assertThat(bad.doc().select("#f-link").attr("value")).isEqualTo("javascript:alert(1)");

        Page future = officer.post(base(w.a().id()), Map.of("title", "Tin đồn", "source", "PRESS", "firstSeenOn", "21/11/2026", "severity", "LOW",
                "status", "WATCHING"));
        assertThat(future.doc().select("#e-firstSeenOn").text()).isEqualTo("Ngày phát hiện không thể sau hôm nay.");

        Page elsewhere = officer.post(base(w.a().id()), Map.of("title", "Tin đồn", "source", "PRESS", "firstSeenOn", "20/11/2026", "severity", "LOW",
                "status", "WATCHING", "unitIds", String.valueOf(w.b().id()), "caseCodes", "PA-2611-ZZZZ"));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.doc().select("#e-unitIds").text()).isEqualTo("Chỉ chọn được đơn vị này và các đơn vị cấp dưới.");
        assertThat(elsewhere.doc().select("#e-caseCodes").text()).isEqualTo("Không tìm thấy phản ánh mã PA-2611-ZZZZ ở bàn tiếp nhận của đơn vị.");

        Api.Reply api = officerApi.post("/api/v1/units/" + w.a().id() + "/public-opinion-issues", Map.of("title", "x", "source", "PRESS",
                "firstSeenOn", "hôm qua", "severity", "LOW", "status", "WATCHING", "unitIds", List.of(w.z().id())));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(officerApi.postRaw("/api/v1/units/" + w.a().id() + "/public-opinion-issues", "application/json", "{\"title\": [1, 2").status())
                .isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM public_opinion_issue WHERE unit_id = ?", w.a().id())).isEqualTo(before);
    }

    @Test
    void anEditMadeFromAVersionSomeoneElseAlreadyChangedIsRefusedWithAClearMessage() {
        long id = create(officerApi, w.a().id(), "Phản ánh về xe đưa đón học sinh " + w.tag(), "2026-11-10", "MEDIUM", "WATCHING");
        Browser head = new Browser(server.getURI()).signIn(w.headA().email(), Fixtures.PASSWORD);
        Page form = head.get(base(w.a().id()) + "/" + id + "/edit");
        assertThat(form.doc().select("input[name=version]").attr("value")).isEqualTo("0");
        Map<String, String> edit = new HashMap<>(Map.of("title", "Xe đưa đón học sinh chạy quá tốc độ " + w.tag(), "source", "PRESS",
                "firstSeenOn", "10/11/2026", "severity", "HIGH", "status", "RESOLVED", "result", "Nhà xe cam kết, nhà trường kiểm tra hằng tuần",
                "version", "0"));

        assertThat(officer.post(base(w.a().id()) + "/" + id, edit).status()).isEqualTo(303);
        edit.put("title", "Bản sửa cũ " + w.tag());
        Page stale = head.post(base(w.a().id()) + "/" + id, edit);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.doc().select("#f-version").text()).startsWith("Người khác đã lưu vụ việc này trước anh/chị");
        assertThat(stale.doc().select("#f-title").attr("value")).isEqualTo("Bản sửa cũ " + w.tag());
        assertThat(this.<String>one("SELECT title FROM public_opinion_issue WHERE id = ?", id)).isEqualTo("Xe đưa đón học sinh chạy quá tốc độ " + w.tag());
        assertThat(count("SELECT COUNT(*) FROM public_opinion_issue WHERE id = ? AND version = 1 AND resolved_at IS NOT NULL", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'register.update' AND entity_id = ?", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void theDistrictAndTheProvinceReadTheRegistersOfTheUnitsBelowInOneListButCannotChangeThem() {
        Api adminB = api(w.adminB().email());
        Api adminD = api(w.adminD().email());
        long ofA = create(officerApi, w.a().id(), "Tin đồn đổi giờ học trường An Bình kx" + w.tag(), "2026-10-12", "HIGH", "HANDLING");
        long ofB = create(adminB, w.b().id(), "Bài báo về bếp ăn bán trú Bình Minh kx" + w.tag(), "2026-11-03", "CRITICAL", "WATCHING");
        Map<String, Object> own = issue("Dư luận về tuyển sinh lớp 6 trong huyện kx" + w.tag(), "2026-11-05", "MEDIUM", "WATCHING");
        own.put("unitIds", List.of(w.d().id(), w.a().id()));
        long ofD = ((Number) adminD.post("/api/v1/units/" + w.d().id() + "/public-opinion-issues", own).json().get("id")).longValue();

        Browser district = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        Page all = district.get(base(w.d().id()) + "?q=kx" + w.tag());
        assertThat(all.doc().select("tr[data-issue]").eachAttr("data-issue")).containsExactlyInAnyOrder(String.valueOf(ofA), String.valueOf(ofB),
                String.valueOf(ofD));
        assertThat(all.doc().select("tr[data-issue=" + ofA + "]").text()).contains(w.a().name()).contains("Cấp dưới, chỉ xem");
        Page ofSchoolA = district.get(base(w.d().id()) + "?q=kx" + w.tag() + "&unit=" + w.a().id());
        assertThat(ofSchoolA.doc().select("tr[data-issue]").eachAttr("data-issue")).containsExactlyInAnyOrder(String.valueOf(ofA), String.valueOf(ofD));
        Page critical = district.get(base(w.d().id()) + "?q=bep+an+ban+tru+kx" + w.tag() + "&severity=CRITICAL&status=WATCHING&month=2026-11");
        assertThat(critical.doc().select("tr[data-issue]").eachAttr("data-issue")).containsExactly(String.valueOf(ofB));

        Page read = district.get(base(w.a().id()) + "/" + ofA);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.doc().select("#read-only").text()).contains(w.a().name());
        assertThat(read.doc().select("a[href$=/edit]")).isEmpty();
        assertThat(district.get(base(w.a().id()) + "/" + ofA + "/edit").status()).isEqualTo(403);
        assertThat(district.post(base(w.a().id()) + "/" + ofA, Map.of("title", "Sửa từ trên", "source", "PRESS", "firstSeenOn", "12/10/2026",
                "severity", "LOW", "status", "WATCHING", "version", "0")).status()).isEqualTo(403);
        Map<String, Object> change = issue("Sửa từ trên", "2026-10-12", "LOW", "WATCHING");
        assertThat(adminD.putWith("/api/v1/units/" + w.a().id() + "/public-opinion-issues/" + ofA, change, "If-Match", "\"v0\"").status()).isEqualTo(403);
        assertThat(adminD.putWith("/api/v1/units/" + w.d().id() + "/public-opinion-issues/" + ofA, change, "If-Match", "\"v0\"").status()).isEqualTo(404);
        assertThat(this.<String>one("SELECT title FROM public_opinion_issue WHERE id = ?", ofA)).startsWith("Tin đồn đổi giờ học");

        Api.Reply province = api(w.adminP().email()).get("/api/v1/units/" + w.p().id() + "/public-opinion-issues?q=tin+don+doi+gio+hoc+kx" + w.tag());
        assertThat(province.status()).isEqualTo(200);
        List<?> items = (List<?>) province.json().get("items");
        assertThat(items).hasSize(1);
        assertThat(((Map<?, ?>) items.get(0)).get("unitName")).isEqualTo(w.a().name());
        assertThat(api(w.adminP().email()).get("/api/v1/units/" + w.p().id() + "/public-opinion-issues/" + ofA).status()).isEqualTo(200);
    }

    @Test
    void aSiblingSchoolAndAnotherProvinceFindNothingOfTheSchoolsRegister() {
        long ofA = create(officerApi, w.a().id(), "Vụ việc riêng của trường An Bình " + w.tag(), "2026-11-01", "LOW", "WATCHING");
        Browser sibling = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        Api siblingApi = api(w.adminB().email());
        Api otherProvince = api(w.adminQ().email());

        assertThat(sibling.get(base(w.a().id()) + "/" + ofA).status()).isEqualTo(404);
        assertThat(sibling.get(base(w.b().id()) + "/" + ofA).status()).isEqualTo(404);
        assertThat(sibling.get(base(w.b().id()) + "/" + ofA + "/edit").status()).isEqualTo(404);
        assertThat(sibling.post(base(w.b().id()) + "/" + ofA, Map.of("title", "Bị sửa", "source", "PRESS", "firstSeenOn", "01/11/2026",
                "severity", "LOW", "status", "WATCHING", "version", "0")).status()).isEqualTo(404);
        assertThat(sibling.get(base(w.b().id()) + "?q=" + w.tag()).doc().select("tr[data-issue=" + ofA + "]")).isEmpty();
        assertThat(siblingApi.get("/api/v1/units/" + w.b().id() + "/public-opinion-issues/" + ofA).status()).isEqualTo(404);
        assertThat(siblingApi.get("/api/v1/units/" + w.a().id() + "/public-opinion-issues").status()).isEqualTo(404);
        assertThat(otherProvince.get("/api/v1/units/" + w.a().id() + "/public-opinion-issues/" + ofA).status()).isEqualTo(404);
        assertThat(new Browser(server.getURI()).signIn(w.adminQ().email(), Fixtures.PASSWORD).get(base(w.a().id()) + "/" + ofA).status()).isEqualTo(404);
        assertThat(this.<String>one("SELECT title FROM public_opinion_issue WHERE id = ?", ofA)).startsWith("Vụ việc riêng");
    }

    @Test
    void theApiCreatesOnceWithAnIdempotencyKeyAndUpdatesOnlyFromTheCurrentVersion() {
        String path = "/api/v1/units/" + w.a().id() + "/public-opinion-issues";
        Map<String, Object> body = issue("Bình luận trên fanpage về đồng phục " + w.tag(), "2026-11-18", "MEDIUM", "WATCHING");
        String key = UUID.randomUUID().toString();

        Api.Reply first = officerApi.postWith(path, body, "Idempotency-Key", key);
        Api.Reply again = officerApi.postWith(path, body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        long id = ((Number) first.json().get("id")).longValue();
        assertThat(first.header("Location")).isEqualTo(path + "/" + id);
        assertThat(((Number) again.json().get("id")).longValue()).isEqualTo(id);
        assertThat(count("SELECT COUNT(*) FROM public_opinion_issue WHERE unit_id = ? AND title = ?", w.a().id(), body.get("title"))).isEqualTo(1);

        Api.Reply read = officerApi.get(path + "/" + id);
        assertThat(read.header("ETag")).isEqualTo("\"v0\"");
        Map<String, Object> change = issue("Bình luận trên fanpage về đồng phục " + w.tag(), "2026-11-18", "LOW", "HANDLING");
        change.put("handling", "Trả lời bình luận, đăng thông báo chính thức");
        assertThat(officerApi.put(path + "/" + id, change).status()).isEqualTo(428);
        Api.Reply updated = officerApi.putWith(path + "/" + id, change, "If-Match", "\"v0\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("status")).isEqualTo("HANDLING");
        assertThat(((Number) updated.json().get("version")).longValue()).isEqualTo(1);
        Api.Reply stale = officerApi.putWith(path + "/" + id, change, "If-Match", "\"v0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("STALE_VERSION");

        Api.Reply list = officerApi.get(path + "?q=dong+phuc&sort=-updatedAt&perPage=5&updatedSince=2026-11-01T00:00:00%2B07:00&status=HANDLING");
        assertThat(list.status()).isEqualTo(200);
        assertThat(((List<?>) list.json().get("items")).stream().map(i -> ((Number) ((Map<?, ?>) i).get("id")).longValue()).toList()).contains(id);
        assertThat(officerApi.get(path + "?sort=colour").status()).isEqualTo(400);
        assertThat(officerApi.get(path + "?month=11-2026").status()).isEqualTo(400);
        assertThat(officerApi.get(path + "?perPage=0").status()).isEqualTo(400);
    }

    @Test
    void theProvinceSearchingAllUnitsAcrossMonthsPagesThroughEveryEntryWithItsFiltersKept() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 145; i++) {
            long unit = i < 130 ? w.a().id() : w.b().id();
            String day = java.time.LocalDate.of(2025, 1, 1).plusDays(i * 4L).toString();
            rows.append(rows.length() == 0 ? "" : ", ").append("(").append(unit).append(", 'Sách tham khảo bắt buộc pg").append(w.tag()).append(" số ")
                    .append(i).append("', 'PRESS', '").append(day).append("', 'LOW', 'WATCHING', 'sach tham khao bat buoc pg").append(w.tag())
                    .append(" so ").append(i).append("', NOW(), NOW())");
        }
        TestServers.sql("INSERT INTO public_opinion_issue (unit_id, title, source, first_seen_on, severity, status, search_text, created_at, updated_at) "
                + "VALUES " + rows);
        Browser province = new Browser(server.getURI()).signIn(w.adminP().email(), Fixtures.PASSWORD);

        Page first = province.get(base(w.p().id()) + "?q=sach+tham+khao+pg" + w.tag() + "&severity=LOW");
        assertThat(first.doc().select("#register-total").text()).startsWith("Có 145 vụ việc.");
        assertThat(first.doc().select("#register tr[data-issue]")).hasSize(100);
        assertThat(first.doc().select("#register-pages").text()).contains("Trang 1/2");
        String next = first.doc().select("#register-pages a[rel=next]").attr("href");
        assertThat(next).contains("page=2").contains("q=sach+tham+khao+pg" + w.tag()).contains("severity=LOW");
        assertThat(first.doc().select("#register-pages a[rel=prev]")).isEmpty();

        Page second = province.get(next);
        assertThat(second.doc().select("#register tr[data-issue]")).hasSize(45);
        assertThat(second.doc().select("#register-pages [aria-current=page]").text()).isEqualTo("2");
        assertThat(second.doc().select("#register-pages a[rel=prev]").attr("href")).contains("page=1").contains("severity=LOW");
        List<String> seen = new java.util.ArrayList<>(first.doc().select("#register tr[data-issue]").eachAttr("data-issue"));
        seen.addAll(second.doc().select("#register tr[data-issue]").eachAttr("data-issue"));
        assertThat(seen).doesNotHaveDuplicates().hasSize(145);
        assertThat(count("SELECT COUNT(*) FROM public_opinion_issue WHERE search_text LIKE ?", "%pg" + w.tag() + " %")).isEqualTo(145);

        assertThat(province.get(base(w.p().id()) + "?q=pg" + w.tag() + "&page=99").doc().select("#register-pages [aria-current=page]").text())
                .as("past the end: the last page").isEqualTo("2");
        assertThat(province.get(base(w.p().id()) + "?q=pg" + w.tag() + "&page=abc").status()).isEqualTo(200);
        assertThat(province.get(base(w.p().id()) + "?q=pg" + w.tag() + "&page=99999999999").doc().select("#register-pages [aria-current=page]").text())
                .isEqualTo("2");
        Page ofB = province.get(base(w.p().id()) + "?q=pg" + w.tag() + "&unit=" + w.b().id());
        assertThat(ofB.doc().select("#register tr[data-issue]")).hasSize(15);
        assertThat(ofB.doc().select("#register-pages")).isEmpty();
    }

    @Test
    void aPastMonthIsReadInTheTreeAsItStoodThenSoTheFormerPhongKeepsASchoolThatMovedAway() {
        Fixtures.World t = fixtures.world();
        vn.lantoa.tenancy.Actor platform = fixtures.actor(t.platformAdmin());
        vn.lantoa.unit.Unit newDistrict = fixtures.unit(platform, t.p().id(), "Phòng GDĐT mới " + t.tag(), vn.lantoa.tenancy.UnitType.DISTRICT_OFFICE,
                null);
        User adminNew = fixtures.member(newDistrict, Role.UNIT_ADMIN, "phong-moi", t.tag());
        long october = create(api(t.adminA().email()), t.a().id(), "Tin đồn tăng học phí mv" + t.tag(), "2026-10-12", "HIGH", "HANDLING");
        long november = create(api(t.adminA().email()), t.a().id(), "Clip ẩu đả trước cổng trường mv" + t.tag(), "2026-11-02", "MEDIUM", "WATCHING");

        fixtures.moveUnit(platform, t.a().id(), newDistrict.id());

        Browser former = new Browser(server.getURI()).signIn(t.adminD().email(), Fixtures.PASSWORD);
        Page past = former.get(base(t.d().id()) + "?q=mv" + t.tag() + "&month=2026-10");
        assertThat(past.doc().select("#register tr[data-issue]").eachAttr("data-issue")).containsExactly(String.valueOf(october));
        assertThat(past.doc().select("#register tr[data-issue=" + october + "]").text()).contains(t.a().name()).contains("Nay thuộc đơn vị khác");
        assertThat(past.doc().select("#register tr[data-issue=" + october + "] a")).as("no longer opened from here").isEmpty();
        assertThat(past.doc().select("#register-total").text()).contains("Tháng 10/2026 đã qua");
        assertThat(past.doc().select("#f-unit option[value=" + t.a().id() + "]")).hasSize(1);
        assertThat(former.get(base(t.d().id()) + "?q=mv" + t.tag() + "&month=2026-10&unit=" + t.a().id()).doc().select("#register tr[data-issue]"))
                .hasSize(1);
        assertThat(former.get(base(t.d().id()) + "?q=mv" + t.tag()).doc().select("#register tr[data-issue]")).as("across months: today's tree").isEmpty();
        assertThat(former.get(base(t.d().id()) + "?q=mv" + t.tag() + "&month=2026-11").doc().select("#register tr[data-issue]"))
                .as("the month under way: today's tree").isEmpty();
        Api.Reply formerApi = api(t.adminD().email()).get("/api/v1/units/" + t.d().id() + "/public-opinion-issues?month=2026-10&q=mv" + t.tag());
        assertThat(((List<?>) formerApi.json().get("items"))).hasSize(1);

        Browser receiving = new Browser(server.getURI()).signIn(adminNew.email(), Fixtures.PASSWORD);
        assertThat(receiving.get(base(newDistrict.id()) + "?q=mv" + t.tag() + "&month=2026-10").doc().select("#register tr[data-issue]")).isEmpty();
        assertThat(receiving.get(base(newDistrict.id()) + "?q=mv" + t.tag()).doc().select("#register tr[data-issue]").eachAttr("data-issue"))
                .containsExactlyInAnyOrder(String.valueOf(october), String.valueOf(november));
        Browser province = new Browser(server.getURI()).signIn(t.adminP().email(), Fixtures.PASSWORD);
        Page provincePast = province.get(base(t.p().id()) + "?q=mv" + t.tag() + "&month=2026-10");
        assertThat(provincePast.doc().select("#register tr[data-issue=" + october + "] a").attr("href"))
                .isEqualTo(base(t.a().id()) + "/" + october);
    }

    // ---- helpers

    static Map<String, Object> issue(String title, String firstSeenOn, String severity, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("source", "SOCIAL_MEDIA");
        body.put("firstSeenOn", firstSeenOn);
        body.put("severity", severity);
        body.put("status", status);
        if (status.equals("RESOLVED")) {
            body.put("result", "Đã giải thích, dư luận lắng xuống");
        }
        return body;
    }

    static long create(Api api, long unitId, String title, String firstSeenOn, String severity, String status) {
        Api.Reply r = api.post("/api/v1/units/" + unitId + "/public-opinion-issues", issue(title, firstSeenOn, severity, status));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return ((Number) r.json().get("id")).longValue();
    }

    static long count(String sql, Object... params) {
        Number n = one(sql, params);
        return n.longValue();
    }

    @SuppressWarnings("unchecked")
    static <T> T one(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return (T) rs.getObject(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
