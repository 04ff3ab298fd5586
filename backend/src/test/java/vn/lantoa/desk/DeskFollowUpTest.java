package vn.lantoa.desk;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.desk.DeskTest.caseId;
import static vn.lantoa.desk.DeskTest.form;
import static vn.lantoa.desk.DeskTest.query;

/**
 * Asking the citizen for more and their reply through the private link, and the queue's bulk assignment. Each test has
 * its own units (the form's per-unit limit is low here, so that one test can reach it).
 */
@MicronautTest(transactional = false)
@Property(name = "lantoa.desk.per-address-per-hour", value = "100000")
@Property(name = "lantoa.desk.per-unit-per-hour", value = "5")
class DeskFollowUpTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    record Desk(Fixtures.World w, User officer, Browser browser) {
    }

    Desk desk() {
        Fixtures.World w = fixtures.world();
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline", w.tag());
        return new Desk(w, officer, new Browser(server.getURI()).signIn(officer.email(), Fixtures.PASSWORD));
    }

    record Sent(String code, String followPath) {
    }

    Sent send(Fixtures.World w, String slug, String message, Map<String, String> more) {
        Page sent = new Browser(server.getURI()).post("/" + slug + "/gui-phan-anh", form("TUYEN_SINH", message + " " + w.tag(), more));
        assertThat(sent.status()).isEqualTo(200);
        String link = sent.doc().select("#follow-link").attr("href");
        return new Sent(sent.doc().select("#case-code").text(), URI.create(link).getPath());
    }

    @Test
    void askingForMoreMailsANewFollowLinkWhereTheCitizensReplyPutsTheCaseBackInTheOfficersHands() {
        Desk d = desk();
        String email = "bo-sung-" + d.w().tag() + "@example.vn";
        Sent sent = send(d.w(), d.w().a().slug(), "Con tôi chưa nhận được giấy báo nhập học", Map.of("name", "Trần Văn Nam", "email", email));
        long id = caseId(sent.code());
        String base = "/admin/u/" + d.w().a().id() + "/desk/cases/" + id;

        Page empty = d.browser().post(base + "/request-info", Map.of("question", " "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.doc().select("#e-question").text()).isEqualTo("Vui lòng nhập thông tin cần bổ sung.");
        String question = "Xin cho biết họ tên, ngày sinh của cháu và lớp đã đăng ký.";
        assertThat(d.browser().post(base + "/request-info", Map.of("question", question)).status()).isEqualTo(303);
        assertThat(d.browser().post(base + "/request-info", Map.of("question", "Lần hai")).status()).isEqualTo(409);
        assertThat(d.browser().get(base).doc().select("#case-status").text()).isEqualTo("Chờ bổ sung thông tin");

        Mailbox.Mail mail = Mailbox.await(email, "Đề nghị bổ sung thông tin cho phản ánh " + sent.code());
        assertThat(mail.text()).contains(question).contains("Con tôi chưa nhận được giấy báo");
        String newLink = URI.create(mail.link("/theo-doi-phan-anh/")).getPath();
        assertThat(newLink).isNotEqualTo(sent.followPath());
        Browser citizen = new Browser(server.getURI());
        assertThat(citizen.get(sent.followPath()).status()).as("the first link, replaced by the mailed one").isEqualTo(404);

        Page follow = citizen.get(newLink);
        assertThat(follow.doc().select("#case-status").text()).isEqualTo("Chờ bổ sung thông tin");
        assertThat(follow.doc().select("#case-history").text()).contains("Đề nghị bổ sung thông tin").contains(question);
        String replyPath = follow.doc().select("#reply-invite a").attr("href");
        assertThat(replyPath).isEqualTo(newLink + "/bo-sung");
        assertThat(citizen.get(replyPath).doc().select("#question").text()).isEqualTo(question);

        Page blank = citizen.post(replyPath, Map.of("reply", ""));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.doc().select("#e-reply").text()).isEqualTo("Vui lòng nhập thông tin bổ sung.");
        Page tooLong = citizen.post(replyPath, Map.of("reply", "x".repeat(5001)));
        assertThat(tooLong.doc().select("#e-reply").text()).isEqualTo("Nội dung tối đa 5.000 ký tự (hiện có 5.001).");
        Page bot = citizen.post(replyPath, Map.of("reply", "Mua ngay", "website", "http://spam.example"));
        assertThat(bot.status()).isEqualTo(422);
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + id + " AND kind = 'CITIZEN_REPLIED'")).isEqualTo("0");

        String reply = "Cháu tên <b>Trần Minh Khoa</b>, sinh ngày 02/03/2015, đăng ký lớp 6A.";
        Page replied = citizen.post(replyPath, Map.of("reply", reply));
        assertThat(replied.status()).isEqualTo(303);
        assertThat(replied.location()).isEqualTo(newLink);
        Page after = citizen.get(newLink);
        assertThat(after.doc().select("#case-status").text()).isEqualTo("Đang xử lý");
        assertThat(after.doc().select("#case-history").text()).contains("Người gửi đã bổ sung thông tin").contains(reply);
        assertThat(after.body()).doesNotContain("<b>Trần Minh Khoa</b>");
        assertThat(after.doc().select("#reply-invite")).isEmpty();

        Page again = citizen.post(replyPath, Map.of("reply", "Thêm lần nữa"));
        assertThat(again.doc().select("#form-notice").text()).isEqualTo("Phản ánh này không còn chờ bổ sung thông tin.");
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + id + " AND kind = 'CITIZEN_REPLIED'")).isEqualTo("1");

        Page casePage = d.browser().get(base);
        assertThat(casePage.doc().select("#case-status").text()).isEqualTo("Đang xử lý");
        assertThat(casePage.doc().select("#history").text()).contains("Đề nghị bổ sung thông tin · " + d.officer().fullName()).contains(question)
                .contains("Người gửi đã bổ sung thông tin").contains(reply);
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'desk_case' AND entity_id = '" + id
                + "' AND action IN ('desk.info_requested', 'desk.citizen_replied')")).isEqualTo("2");
    }

    @Test
    void askingACitizenWithoutAnEmailKeepsTheirLinkAndShowsTheQuestionThere() {
        Desk d = desk();
        Sent sent = send(d.w(), d.w().a().slug(), "Học sinh lớp 7 phải mua sách tham khảo bắt buộc", Map.of("phone", "0912 000 111"));
        String base = "/admin/u/" + d.w().a().id() + "/desk/cases/" + caseId(sent.code());
        Page asked = d.browser().post(base + "/request-info", Map.of("question", "Sách tham khảo nào, do ai yêu cầu?"));
        assertThat(asked.status()).isEqualTo(303);
        assertThat(d.browser().get(asked.location()).text()).contains("người gửi không có thư điện tử");

        Page follow = new Browser(server.getURI()).get(sent.followPath());
        assertThat(follow.status()).isEqualTo(200);
        assertThat(follow.doc().select("#case-history").text()).contains("Sách tham khảo nào, do ai yêu cầu?");
        assertThat(follow.doc().select("#reply-invite a").attr("href")).isEqualTo(sent.followPath() + "/bo-sung");
    }

    @Test
    void afterAForwardTheCitizensLinkOnTheSiteTheyWroteToStillTakesTheirReplyIntoTheCaseAtItsNewUnit() {
        Desk d = desk();
        User districtOfficer = fixtures.member(d.w().d(), Role.HOTLINE_OFFICER, "phong", d.w().tag());
        Browser district = new Browser(server.getURI()).signIn(districtOfficer.email(), Fixtures.PASSWORD);
        Sent sent = send(d.w(), d.w().a().slug(), "Xe đưa đón học sinh chạy quá tốc độ", Map.of("phone", "0912 345 678"));
        long id = caseId(sent.code());
        assertThat(d.browser().post("/admin/u/" + d.w().a().id() + "/desk/cases/" + id + "/forward",
                Map.of("target", String.valueOf(d.w().d().id()), "reason", "Xe do Phòng hợp đồng")).status()).isEqualTo(303);
        String atDistrict = "/admin/u/" + d.w().d().id() + "/desk/cases/" + id;
        String question = "Xin cho biết biển số xe và giờ đón.";
        assertThat(district.post(atDistrict + "/request-info", Map.of("question", question)).status()).isEqualTo(303);

        Browser citizen = new Browser(server.getURI());
        Page follow = citizen.get(sent.followPath());
        assertThat(follow.status()).isEqualTo(200);
        assertThat(follow.doc().select("#case-status").text()).isEqualTo("Chờ bổ sung thông tin");
        String replyPath = follow.doc().select("#reply-invite a").attr("href");
        assertThat(replyPath).as("on the site the citizen wrote to").isEqualTo(sent.followPath() + "/bo-sung");
        assertThat(citizen.get(replyPath).doc().select("#question").text()).isEqualTo(question);
        String sibling = replyPath.replace("/" + d.w().a().slug() + "/", "/" + d.w().b().slug() + "/");
        assertThat(citizen.post(sibling, Map.of("reply", "Nhầm trang")).status()).isEqualTo(404);

        String reply = "Xe biển số 29B-123.45, đón lúc 6 giờ 15.";
        Page replied = citizen.post(replyPath, Map.of("reply", reply));
        assertThat(replied.status()).isEqualTo(303);
        assertThat(replied.location()).isEqualTo(sent.followPath());
        assertThat(citizen.get(sent.followPath()).doc().select("#case-history").text()).contains(reply);
        assertThat(query("SELECT CONCAT(unit_id, ' ', status) FROM desk_case WHERE id = " + id)).isEqualTo(d.w().d().id() + " DANG_XU_LY");
        assertThat(query("SELECT unit_id FROM desk_case_step WHERE case_id = " + id + " AND kind = 'CITIZEN_REPLIED'"))
                .isEqualTo(String.valueOf(d.w().d().id()));
        Page casePage = district.get(atDistrict);
        assertThat(casePage.doc().select("#case-status").text()).isEqualTo("Đang xử lý");
        assertThat(casePage.doc().select("#history").text()).contains("Người gửi đã bổ sung thông tin").contains(reply);
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + id + " AND kind = 'CITIZEN_REPLIED' AND detail = 'Nhầm trang'"))
                .isEqualTo("0");
    }

    @Test
    void repliesCountAgainstTheFormsLimitsAndAnotherSitesAddressIsNotFound() {
        Desk d = desk();
        Sent sent = send(d.w(), d.w().a().slug(), "Trường thu tiền điều hoà khi chưa họp phụ huynh", Map.of());
        String base = "/admin/u/" + d.w().a().id() + "/desk/cases/" + caseId(sent.code());
        Browser citizen = new Browser(server.getURI());
        String replyPath = sent.followPath() + "/bo-sung";
        assertThat(citizen.get(replyPath.replace("/" + d.w().a().slug() + "/", "/" + d.w().b().slug() + "/")).status()).isEqualTo(404);
        assertThat(citizen.post(replyPath.replace("/" + d.w().a().slug() + "/", "/" + d.w().b().slug() + "/"), Map.of("reply", "Lạ")).status())
                .isEqualTo(404);

        int status = 0;
        // The unit takes 5 a hour; the form used one.
        for (int i = 0; i < 5 && status != 429; i++) {
            assertThat(d.browser().post(base + "/request-info", Map.of("question", "Câu hỏi " + i)).status()).isEqualTo(303);
            status = citizen.post(replyPath, Map.of("reply", "Trả lời " + i)).status();
        }
        assertThat(status).isEqualTo(429);
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + caseId(sent.code()) + " AND kind = 'CITIZEN_REPLIED'")).isEqualTo("4");
    }

    @Test
    void bulkAssignGivesEveryOpenTickedCaseToOnePersonAndNamesTheOnesItSkipped() {
        Desk d = desk();
        Sent first = send(d.w(), d.w().a().slug(), "Phòng học tầng ba bị thấm nước", Map.of());
        Sent second = send(d.w(), d.w().a().slug(), "Nhà vệ sinh khu B hỏng vòi nước", Map.of());
        Sent closed = send(d.w(), d.w().a().slug(), "Sân trường thiếu bóng mát", Map.of());
        Sent sibling = send(d.w(), d.w().b().slug(), "Trường Bình Minh thiếu bàn ghế", Map.of());
        String desk = "/admin/u/" + d.w().a().id() + "/desk";
        assertThat(d.browser().post(desk + "/cases/" + caseId(closed.code()) + "/close", Map.of("result", "Đã trồng cây")).status()).isEqualTo(303);
        Page queue = d.browser().get(desk);
        assertThat(queue.doc().select("tr[data-case=" + first.code() + "] input[type=checkbox][name=caseId][form=bulk]")).hasSize(1);
        assertThat(queue.doc().select("form#bulk select[name=assigneeId] option[value=" + d.w().headA().id() + "]")).hasSize(1);

        Page noOne = d.browser().post(desk + "/bulk-assign", List.of(Map.entry("caseId", String.valueOf(caseId(first.code()))),
                Map.entry("assigneeId", String.valueOf(d.w().adminB().id()))));
        assertThat(noOne.status()).isEqualTo(303);
        assertThat(d.browser().get(noOne.location()).text()).contains("Vui lòng chọn người xử lý trong đơn vị");
        assertThat(query("SELECT assignee_id FROM desk_case WHERE code = '" + first.code() + "'")).isNull();

        Page done = d.browser().post(desk + "/bulk-assign", List.of(Map.entry("caseId", String.valueOf(caseId(first.code()))),
                Map.entry("caseId", String.valueOf(caseId(second.code()))), Map.entry("caseId", String.valueOf(caseId(closed.code()))),
                Map.entry("caseId", String.valueOf(caseId(sibling.code()))), Map.entry("assigneeId", String.valueOf(d.w().headA().id()))));
        assertThat(done.status()).isEqualTo(303);
        assertThat(d.browser().get(done.location()).text()).contains("Đã giao 2 phản ánh cho " + d.w().headA().fullName()
                + ". Bỏ qua 2 phản ánh: đã đóng hoặc là thư rác: " + closed.code() + "; không tìm thấy trong đơn vị: 1.");
        String head = String.valueOf(d.w().headA().id());
        assertThat(query("SELECT assignee_id FROM desk_case WHERE code = '" + first.code() + "'")).isEqualTo(head);
        assertThat(query("SELECT assignee_id FROM desk_case WHERE code = '" + second.code() + "'")).isEqualTo(head);
        assertThat(query("SELECT assignee_id FROM desk_case WHERE code = '" + closed.code() + "'")).isNull();
        assertThat(query("SELECT assignee_id FROM desk_case WHERE code = '" + sibling.code() + "'")).isNull();
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + caseId(second.code()) + " AND kind = 'ASSIGNED'")).isEqualTo("1");
        assertThat(d.browser().get(desk + "?assignee=" + head).doc().select("tr[data-case]")).hasSize(2);
    }
}
