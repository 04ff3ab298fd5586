package vn.lantoa.webhook;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's events reach a webhook: a case from the public form or a logged call opens, an answer is told, without personal data. */
@MicronautTest(transactional = false)
class CaseWebhookTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    JsonMapper json;

    @Test
    void aWebhookHearsWhenACaseArrivesByTheFormOrByACallAndWhenItIsAnswered() throws Exception {
        Fixtures.World w = fixtures.world();
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "tong-dai", w.tag());
        try (Receiver school = new Receiver(); Receiver district = new Receiver(); Receiver sibling = new Receiver()) {
            subscribe(w.adminA().email(), w.a().id(), school.url("/phan-anh"), "case.opened", "case.answered");
            subscribe(w.adminD().email(), w.d().id(), district.url("/phan-anh"), "case.opened");
            subscribe(w.adminB().email(), w.b().id(), sibling.url("/phan-anh"), "case.opened", "case.answered");

            Page sent = new Browser(server.getURI()).post("/" + w.a().slug() + "/gui-phan-anh", Map.of("topic", "AN_TOAN", "consent", "yes",
                    "message", "Cổng sau của trường không có người trông " + w.tag(), "name", "Võ Thị Lan", "email", "lan-" + w.tag() + "@example.vn"));
            String formCode = sent.doc().select("#case-code").text();
            Api desk = new Api(server.getURI(), json).signIn(officer.email(), Fixtures.PASSWORD);
            Api.Reply call = desk.post("/api/v1/units/" + w.a().id() + "/cases", Map.of("channel", "PHONE", "topic", "THI_CU",
                    "caller", "Đỗ Văn Hùng", "summary", "Hỏi lịch thi học kỳ " + w.tag()));
            assertThat(call.status()).as(call.body()).isEqualTo(201);
            Object callId = call.json().get("id");
            Api.Reply answered = desk.post("/api/v1/units/" + w.a().id() + "/cases/" + callId + "/answer", Map.of("text", "Lịch thi đã đăng trên trang."));
            assertThat(answered.status()).isEqualTo(200);
            dispatcher.dispatchDue();

            List<Map<String, Object>> told = events(school);
            assertThat(told).extracting(e -> e.get("type") + ":" + map(e.get("data")).get("code")).containsExactlyInAnyOrder(
                    "case.opened:" + formCode, "case.opened:" + call.json().get("code"), "case.answered:" + call.json().get("code"));
            Map<String, Object> opened = told.stream().filter(e -> formCode.equals(map(e.get("data")).get("code"))).findFirst().orElseThrow();
            assertThat(school.got()).allMatch(g -> g.header("Lantoa-Event").startsWith("case."));
            assertThat(map(opened.get("data"))).containsEntry("channel", "WEB_FORM").containsEntry("topic", "AN_TOAN").containsEntry("status", "MOI")
                    .containsKeys("receivedAt", "acknowledgeDue", "answerDue");
            Map<String, Object> answer = told.stream().filter(e -> "case.answered".equals(e.get("type"))).findFirst().orElseThrow();
            assertThat(map(answer.get("data"))).containsEntry("caseId", callId).containsEntry("onTime", true).containsEntry("mailedToCitizen", false);
            assertThat(map(map(answer.get("data")).get("links"))).containsEntry("case",
                    "http://lantoa.test/api/v1/units/" + w.a().id() + "/cases/" + callId);

            assertThat(events(district)).extracting(e -> (String) e.get("type")).containsExactly("case.opened", "case.opened");
            assertThat(sibling.got()).isEmpty();
            assertThat(school.got()).noneMatch(g -> g.text().contains("Võ Thị Lan") || g.text().contains("Đỗ Văn Hùng")
                    || g.text().contains("Cổng sau") || g.text().contains("lan-" + w.tag()));
        }
    }

    void subscribe(String email, long unitId, String url, String... events) {
        Api.Reply created = new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD).post("/api/v1/units/" + unitId + "/webhooks",
                Map.of("url", url, "description", "Tổng đài", "events", List.of(events)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    List<Map<String, Object>> events(Receiver receiver) {
        return receiver.got().stream().map(g -> {
            try {
                return json.readValue(g.body(), Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
